import { Box } from 'ink';
import type { UiMessages } from '../../i18n/ui-messages.ts';
import { displayAnswer, fieldWords, visibleFields } from '../../state/fields.ts';
import type { WizardState } from '../../state/wizard.ts';
import { SelectList } from '../SelectList.tsx';
import { Text } from '../Text.tsx';

/** A question's label and its answer on one line: "Ton: Formell", "Hur tackade du ja? Per e-post". */
export function reviewLine(label: string, answer: string): string {
  return /[?:]$/.test(label) ? `${label} ${answer}` : `${label}: ${answer}`;
}

/**
 * Every answer on one screen, each a line to open and change, then "create the letter". A line
 * names its question by core's label, as the question itself does.
 */
export function ReviewScreen({
  wizard,
  index,
  messages,
  width,
  height,
}: {
  wizard: WizardState;
  index: number;
  messages: UiMessages;
  width: number;
  height: number;
}) {
  const { locale } = wizard;
  const items = [
    ...visibleFields(wizard.answers, locale).map((field) =>
      reviewLine(
        fieldWords(field, locale).label,
        displayAnswer(field, wizard.answers, locale) ?? messages.review.empty,
      ),
    ),
    `» ${messages.review.create}`,
  ];
  return (
    <Box flexDirection="column">
      <Text dimColor>{messages.review.intro}</Text>
      <SelectList items={items} index={index} width={width} height={height - 1} />
    </Box>
  );
}
