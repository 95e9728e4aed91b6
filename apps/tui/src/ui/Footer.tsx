import type { UiMessages } from '../i18n/ui-messages.ts';
import { displayWidth, truncate } from '../text/wrap.ts';
import { type KeyId, keyDefs } from './keys.ts';
import { Text } from './Text.tsx';

const separator = ' · ';

/**
 * The few keys that matter on this screen, on one line, `?` last. When they do not fit, keys drop
 * from the end of the list but `?` stays: the help lists everything.
 */
export function footerText(keys: readonly KeyId[], messages: UiMessages, width: number): string {
  const label = (id: KeyId) => `${keyDefs[id].glyph} ${messages.keys[id]}`;
  const help = keys.includes('help') ? [label('help')] : [];
  const others = keys.filter((id) => id !== 'help').map(label);
  for (let count = others.length; count >= 0; count -= 1) {
    const text = [...others.slice(0, count), ...help].join(separator);
    if (displayWidth(text) <= width) return text;
  }
  return truncate(help[0] ?? others[0] ?? '', width);
}

export function Footer({
  keys,
  messages,
  width,
}: {
  keys: readonly KeyId[];
  messages: UiMessages | undefined;
  width: number;
}) {
  // Before a language is chosen the screen speaks both, so the keys are shown as keys only.
  const text = messages ? footerText(keys, messages, width) : '↑↓ · Enter · q';
  return <Text dimColor>{text}</Text>;
}
