import { Box } from 'ink';
import type { UiMessages } from '../../i18n/ui-messages.ts';
import { choiceLabels, visibleFields } from '../../state/fields.ts';
import { currentField, isTyped, type WizardState } from '../../state/wizard.ts';
import { wrap } from '../../text/wrap.ts';
import { SelectList } from '../SelectList.tsx';
import { Text } from '../Text.tsx';
import { TextInput } from '../TextInput.tsx';
import { useTheme } from '../theme.ts';

/** One question: what is asked, a hint, the answer being given, and core's message under it. */
export function WizardScreen({
  wizard,
  messages,
  width,
  height,
}: {
  wizard: WizardState;
  messages: UiMessages;
  width: number;
  height: number;
}) {
  const { color } = useTheme();
  const field = currentField(wizard);
  if (!field) return null;
  const count = visibleFields(wizard.answers, wizard.locale).length;
  const question = messages.wizard.questions[field.id];
  const label = wrap(question.label, width);
  const hint = question.hint ? wrap(question.hint, width) : [];
  // "Leave it empty" is said of a typed answer; a list says "don't know" in its own choices.
  const note = field.optional && isTyped(field) ? wrap(`(${messages.wizard.optional})`, width) : [];
  const issues = wizard.issues.flatMap((issue) => wrap(issue, width, { prefix: '✗ ' }));
  const choices = choiceLabels(field, messages);
  // The question and the answer always show; on a short terminal the note gives way first, then
  // the hint's last lines.
  const inputHeight = isTyped(field) ? 1 : choices.length;
  const room = Math.max(0, height - 1 - label.length - inputHeight - issues.length - 1);
  const shownHint = hint.length + note.length <= room ? [...hint, ...note] : hint.slice(0, room);
  return (
    <Box flexDirection="column">
      <Text dimColor>{messages.wizard.step(wizard.step + 1, count)}</Text>
      {label.map((line) => (
        <Text key={line} bold>
          {line}
        </Text>
      ))}
      {shownHint.map((line) => (
        <Text key={line} dimColor>
          {line}
        </Text>
      ))}
      <Box marginTop={shownHint.length > 0 || room > 0 ? 1 : 0} flexDirection="column">
        {isTyped(field) ? (
          <TextInput field={wizard.field} width={width} prefix="> " />
        ) : (
          <SelectList
            items={choices}
            index={wizard.choice}
            width={width}
            height={Math.max(1, height - label.length - 2)}
          />
        )}
      </Box>
      {issues.map((line) => (
        <Text key={line} {...(color ? { color: 'red' } : {})}>
          {line}
        </Text>
      ))}
    </Box>
  );
}
