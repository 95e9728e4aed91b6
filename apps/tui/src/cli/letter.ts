import { generateLetter, type LetterInput, type LetterResult, toEml } from '@rescind/core/letter';
import { describeFsError } from '../i18n/fs-reasons.ts';
import { uiMessages } from '../i18n/messages.ts';
import { documentsAsMarkdown, documentsAsText } from '../text/documents.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';
import { answerOptions, checkedAnswers } from './answers.ts';
import type { OptionSpec } from './args.ts';
import { type CommandContext, parseSubcommand } from './context.ts';
import { mayReplace, occupant, writeOut } from './out-file.ts';
import { UsageError } from './usage-error.ts';

export const letterOptions = {
  ...answerOptions,
  format: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
} satisfies OptionSpec;

const formats = ['text', 'md', 'eml', 'json'] as const;
type Format = (typeof formats)[number];

function render(
  result: LetterResult,
  input: LetterInput,
  format: Format,
  context: CommandContext,
): string {
  const { documents } = result;
  const subject = uiMessages[input.locale].preview.subject;
  switch (format) {
    case 'json':
      return `${JSON.stringify({ input, ...result }, null, 2)}\n`;
    case 'md':
      return documentsAsMarkdown(documents, subject);
    case 'eml': {
      const email = documents.find((document) => document.kind === 'email');
      const from = input.applicant.email;
      const to = input.recipient.email;
      if (!from) throw new UsageError(context.messages.usage.emlNeedsAddress('--email'), 'letter');
      if (!to)
        throw new UsageError(context.messages.usage.emlNeedsAddress('--recipient-email'), 'letter');
      if (!email)
        throw new UsageError(context.messages.usage.emlNeedsAddress('--channel email'), 'letter');
      return toEml(email, {
        from: { name: input.applicant.name, email: from },
        to: input.recipient.name ? { name: input.recipient.name, email: to } : { email: to },
      });
    }
    case 'text':
      return documentsAsText(documents, subject);
  }
}

/** `rescind letter`: the documents for the answers given by flags and/or a JSON file. */
export async function letterCommand(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  const parsed = parseSubcommand('letter', args, letterOptions, context);
  if (!parsed) return 0;
  const { values } = parsed;
  const format = (values.format ?? 'text') as string;
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(context.messages.usage.badFormat(format), 'letter');
  }
  // The answers' own language wins for what follows, so the messages match the letter.
  const { input, context: localized } = await checkedAnswers(values, context, 'letter');
  const { locale } = localized;
  const result = generateLetter(input);
  const output = render(result, input, format as Format, localized);
  const out = typeof values.out === 'string' ? values.out : undefined;
  const { messages } = localized;
  if (out === undefined) {
    const ended = output.endsWith('\n') ? output : `${output}\n`;
    // An .eml is 7-bit with CRLF line ends and JSON escapes its controls: both stay byte-exact.
    const shown = format === 'eml' || format === 'json' ? ended : sanitizeForTerminal(ended);
    context.io.stdout.write(shown);
  } else {
    const cannotWrite = (error: unknown) =>
      new UsageError(messages.usage.cannotWrite(out, describeFsError(error, locale)), 'letter', {
        hint: false,
      });
    let there: Awaited<ReturnType<typeof occupant>>;
    try {
      there = await occupant(out);
    } catch (error) {
      throw cannotWrite(error);
    }
    if (there === 'file') {
      const choice = await mayReplace(
        context.io,
        values.force === true,
        sanitizeForTerminal(messages.letter.replace(out), { multiline: false }),
        messages.letter.yes,
      );
      if (choice === 'refuse') throw new UsageError(messages.usage.outExists(out), 'letter');
      if (choice === 'keep') {
        context.io.stderr.write(sanitizeForTerminal(`${messages.letter.kept(out)}\n`));
        return 0;
      }
    }
    try {
      await writeOut(
        out,
        output,
        there === 'none' ? 'create' : there === 'file' ? 'replace' : 'stream',
      );
    } catch (error) {
      throw cannotWrite(error);
    }
    context.io.stderr.write(sanitizeForTerminal(`${messages.letter.wrote(out)}\n`));
  }
  // Said apart from the advice, first: the letter as written has placeholders where they go.
  const missing = result.advice.filter((item) => item.code.endsWith('-address-missing'));
  if (missing.length > 0) {
    const lines = missing.map(
      (item) => `rescind letter: ${messages.letter.warning}: ${item.message}`,
    );
    context.io.stderr.write(sanitizeForTerminal(`${lines.join('\n')}\n`));
  }
  if (format !== 'json' && result.advice.length > 0) {
    const advice = result.advice.map((item) => `  • ${item.message}`).join('\n');
    context.io.stderr.write(sanitizeForTerminal(`${messages.letter.advice}:\n${advice}\n`));
  }
  return 0;
}
