import { assessPosition, formatLongDate } from '@rescind/core/letter';
import { uiMessages } from '../i18n/messages.ts';
import { getAnswer, type RawAnswers, setAnswer } from '../state/answers.ts';
import { linesToPlainText } from '../text/lines.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';
import { standingLines } from '../text/standing.ts';
import { answerOptions, checkedAnswers } from './answers.ts';
import type { OptionSpec } from './args.ts';
import { type CommandContext, parseSubcommand } from './context.ts';
import { UsageError } from './usage-error.ts';

/** Printed text is wrapped for the classic terminal, as the guide is. */
const printWidth = 80;

export const positionOptions = {
  ...answerOptions,
  format: { type: 'string' },
} satisfies OptionSpec;

const formats = ['text', 'json'] as const;

/**
 * Who writes to whom about which job: the letter needs them, where the person stands does not.
 * Core checks the whole of the answers, so what is not given is filled with a name that no output
 * of this command shows.
 */
const unused: Record<string, string> = {
  'applicant.name': 'N N',
  'recipient.company': 'N N',
  position: 'N N',
};

function fillUnused(answers: RawAnswers): RawAnswers {
  let filled = answers;
  for (const [path, value] of Object.entries(unused)) {
    if (getAnswer(filled, path) === undefined) filled = setAnswer(filled, path, value);
  }
  return filled;
}

/** `rescind position`: where the answers leave the person under Swedish or Dutch law. */
export async function positionCommand(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  const parsed = parseSubcommand('position', args, positionOptions, context);
  if (!parsed) return 0;
  const { values } = parsed;
  const format = (values.format ?? 'text') as string;
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(context.messages.usage.badPositionFormat(format), 'position');
  }
  const { input } = await checkedAnswers(values, context, 'position', fillUnused);
  const position = assessPosition(input);
  if (format === 'json') {
    // JSON escapes every control character: the bytes go out as they are.
    context.io.stdout.write(`${JSON.stringify(position, null, 2)}\n`);
    return 0;
  }
  const messages = uiMessages[input.locale];
  const lines = [
    { text: messages.position.title, style: 'title' as const },
    ...standingLines(position, printWidth, messages, (iso) => formatLongDate(input.locale, iso), {
      breakUrls: false,
    }),
  ];
  context.io.stdout.write(sanitizeForTerminal(linesToPlainText(lines)));
  return 0;
}
