import { truncate } from '../text/wrap.ts';
import { Text } from './Text.tsx';

/** The keys that work on this screen, on one line; `?` lists them all when they do not fit. */
export function Footer({ keys, width }: { keys: readonly string[]; width: number }) {
  return <Text dimColor>{truncate(keys.join(' · '), width)}</Text>;
}
