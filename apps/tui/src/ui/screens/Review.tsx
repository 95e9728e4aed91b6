import { Box } from 'ink';
import type { UiMessages } from '../../i18n/ui-messages.ts';
import { displayAnswer, fieldWords, visibleFields } from '../../state/fields.ts';
import type { WizardState } from '../../state/wizard.ts';
import { displayWidth, truncate } from '../../text/wrap.ts';
import { SelectList } from '../SelectList.tsx';
import { Text } from '../Text.tsx';

/** How much of a label stays, at least, when a narrow terminal shortens it for its answer. */
const labelKept = 12;

/**
 * A question's label and its answer on one line: "Ton: Formell", "Hur tackade du ja? Per e-post".
 * On a narrow terminal the label is shortened first, so the answer, what the review is for, shows.
 */
export function reviewLine(label: string, answer: string, width: number): string {
  const separator = /[?:]$/.test(label) ? ' ' : ': ';
  const room = width - displayWidth(separator) - displayWidth(answer);
  // "Börjar anställningen…", not "Börjar anställningen …".
  const shortened = truncate(label, Math.max(labelKept, room)).replace(/\s+…$/u, '…');
  return `${shortened}${separator}${answer}`;
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
        // The list's marker takes two columns.
        width - 2,
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
