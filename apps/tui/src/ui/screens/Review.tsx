import { Box } from 'ink';
import type { UiMessages } from '../../i18n/ui-messages.ts';
import { displayAnswer, visibleFields } from '../../state/fields.ts';
import type { WizardState } from '../../state/wizard.ts';
import { SelectList } from '../SelectList.tsx';
import { Text } from '../Text.tsx';

/** Every answer on one screen, each a line to open and change, then "create the letter". */
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
  const items = [
    ...visibleFields(wizard.answers, wizard.locale).map((field) => {
      const answer = displayAnswer(field, wizard.answers, messages) ?? messages.review.empty;
      return `${messages.wizard.questions[field.id].short}: ${answer}`;
    }),
    `» ${messages.review.create}`,
  ];
  return (
    <Box flexDirection="column">
      <Text dimColor>{messages.review.intro}</Text>
      <SelectList items={items} index={index} width={width} height={height - 1} />
    </Box>
  );
}
