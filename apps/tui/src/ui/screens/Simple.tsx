import { Box } from 'ink';
import type { UiMessages } from '../../i18n/ui-messages.ts';
import { type AppState, homeItemsOf } from '../../state/app.ts';
import { wrap } from '../../text/wrap.ts';
import { SelectList } from '../SelectList.tsx';
import { Text } from '../Text.tsx';

/** Shown before the language is known, so it speaks both. */
export const languageChoices = ['Svenska', 'Nederlands'] as const;

export function LanguageScreen({
  index,
  width,
  height,
}: {
  index: number;
  width: number;
  height: number;
}) {
  return (
    <Box flexDirection="column">
      <Text bold>Välj språk · Kies een taal</Text>
      <SelectList items={languageChoices} index={index} width={width} height={height - 1} />
    </Box>
  );
}

export function HomeScreen({
  state,
  index,
  messages,
  width,
  height,
}: {
  state: AppState;
  index: number;
  messages: UiMessages;
  width: number;
  height: number;
}) {
  const tagline = wrap(messages.home.tagline, width);
  const items = homeItemsOf(state).map((item) =>
    item === 'resume'
      ? messages.home.resumeDraft(formatSavedAt(state.draft?.savedAt ?? '', state.locale ?? 'sv'))
      : messages.home[item],
  );
  return (
    <Box flexDirection="column">
      {tagline.slice(0, Math.max(0, height - items.length - 1)).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      <Box marginTop={height > items.length + tagline.length ? 1 : 0}>
        <SelectList items={items} index={index} width={width} height={items.length} />
      </Box>
    </Box>
  );
}

/** When the answers were last saved, as the language writes a date and a time. */
function formatSavedAt(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
