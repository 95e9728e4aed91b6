import { Text } from 'ink';
import { truncate } from '../text/wrap.ts';

/** The keys that work on this screen, on one line; `?` lists them all when they do not fit. */
export function Footer({ keys, width }: { keys: readonly string[]; width: number }) {
  return <Text dimColor>{truncate(keys.join(' · '), width)}</Text>;
}
