import { Box } from 'ink';
import type { UiMessages } from '../../i18n/ui-messages.ts';
import { choiceHint, choiceLabels, fieldWords, visibleFields } from '../../state/fields.ts';
import { greetingOf } from '../../state/greeting.ts';
import { currentField, isTyped, shownAnswers, type WizardState } from '../../state/wizard.ts';
import { wrap } from '../../text/wrap.ts';
import { SelectList } from '../SelectList.tsx';
import { Text } from '../Text.tsx';
import { TextInput } from '../TextInput.tsx';
import { useTheme } from '../theme.ts';

/**
 * Lines around a question that give way when the terminal is too short for all of them: whole, or
 * (`partial`) their last lines first.
 */
interface Block {
  lines: string[];
  /** Whether the first lines alone are worth showing when not all fit. */
  partial?: boolean;
}

/** The lines of each block that fit in `room` lines, given most important first. */
function fitting(blocks: readonly Block[], room: number): Map<Block, string[]> {
  const shown = new Map<Block, string[]>();
  let left = room;
  for (const block of blocks) {
    const fits = block.lines.length <= left;
    const lines = fits ? block.lines : block.partial ? block.lines.slice(0, left) : [];
    shown.set(block, lines);
    left -= lines.length;
  }
  return shown;
}

/**
 * One question in core's words: its label, its hint, why it is asked, the answer being given (a
 * list's highlighted choice with core's hint for it), and core's message under it.
 */
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
  const { locale } = wizard;
  const count = visibleFields(wizard.answers, locale).length;
  const words = fieldWords(field, locale);
  const label = wrap(words.label, width);
  const issues = wizard.issues.flatMap((issue) => wrap(issue, width, { prefix: '✗ ' }));
  const choices = isTyped(field) ? [] : choiceLabels(field, locale);
  const highlighted = isTyped(field) ? undefined : choiceHint(field, wizard.choice, locale);
  const hint: Block = { lines: wrap(words.hint, width), partial: true };
  // The terminal's one-line field takes an address's lines with commas between them.
  const control: Block = {
    lines: field.kind === 'address' ? wrap(messages.wizard.addressControl, width) : [],
  };
  // "Leave it empty" is said of a typed answer; a list says "don't know" in its own choices.
  const note: Block = {
    lines: field.optional && isTyped(field) ? wrap(`(${messages.wizard.optional})`, width) : [],
  };
  const why: Block = { lines: wrap(`${messages.wizard.why} ${words.why}`, width) };
  // Set off from the list by a blank line, so it does not read as one more choice.
  const choice: Block = { lines: highlighted ? ['', ...wrap(highlighted, width)] : [] };
  // The greeting the answer gives the letter, as core writes it from the answer as it stands.
  const greeting = field.showsGreeting ? greetingOf(shownAnswers(wizard), locale) : undefined;
  const greets: Block = {
    lines:
      greeting === undefined
        ? []
        : [
            '',
            ...wrap(
              greeting === null ? messages.wizard.noGreeting : messages.wizard.greeting(greeting),
              width,
            ),
          ],
  };
  // The question and the answer always show; on a short terminal "why we ask" gives way first,
  // then the note, the choice's hint, the question's hint (its first lines stay longest), and
  // the greeting.
  const inputHeight = isTyped(field) ? 1 : choices.length;
  const room = Math.max(0, height - 1 - label.length - inputHeight - issues.length - 1);
  const shown = fitting([control, greets, hint, choice, note, why], room);
  const above = [hint, control, note, why].flatMap((block) => shown.get(block) ?? []);
  const below = [choice, greets].flatMap((block) => shown.get(block) ?? []);
  return (
    <Box flexDirection="column">
      <Text dimColor>{messages.wizard.step(wizard.step + 1, count)}</Text>
      {label.map((line) => (
        <Text key={line} bold>
          {line}
        </Text>
      ))}
      {above.map((line, index) => (
        <Text key={`${index}:${line}`} dimColor>
          {line}
        </Text>
      ))}
      <Box marginTop={above.length > 0 || room > 0 ? 1 : 0} flexDirection="column">
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
      {below.map((line, index) => (
        <Text key={`${index}:${line}`} dimColor>
          {line || ' '}
        </Text>
      ))}
      {issues.map((line) => (
        <Text key={line} {...(color ? { color: 'red' } : {})}>
          {line}
        </Text>
      ))}
    </Box>
  );
}
