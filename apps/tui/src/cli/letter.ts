import { isLocale } from '@rescind/core';
import {
  generateLetter,
  type LetterInput,
  type LetterResult,
  toEml,
  validateLetterInput,
} from '@rescind/core/letter';
import { describeFsError } from '../i18n/fs-reasons.ts';
import { cliMessages } from '../i18n/messages.ts';
import { NotUtf8Error, readTextInput } from '../io/streams.ts';
import { asRawAnswers, getAnswer, type RawAnswers, setAnswer } from '../state/answers.ts';
import { documentsAsMarkdown, documentsAsText } from '../text/documents.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';
import type { OptionSpec } from './args.ts';
import { type CommandContext, parseSubcommand } from './context.ts';
import { mayReplace, occupant, writeOut } from './out-file.ts';
import { UsageError } from './usage-error.ts';

const options = {
  locale: { type: 'string' },
  channel: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  company: { type: 'string' },
  recipient: { type: 'string' },
  'recipient-email': { type: 'string' },
  position: { type: 'string' },
  start: { type: 'string' },
  accepted: { type: 'string' },
  today: { type: 'string' },
  reason: { type: 'string' },
  detail: { type: 'string' },
  place: { type: 'string' },
  formal: { type: 'boolean' },
  informal: { type: 'boolean' },
  'contract-signed': { type: 'boolean' },
  'counter-offer': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  input: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

/** Which flag sets which field of `LetterInput`; also how a field is named in an error. */
const flagPaths = {
  locale: 'locale',
  channel: 'channel',
  name: 'applicant.name',
  email: 'applicant.email',
  company: 'recipient.company',
  recipient: 'recipient.name',
  'recipient-email': 'recipient.email',
  position: 'position',
  start: 'startDate',
  accepted: 'acceptedOn',
  today: 'today',
  reason: 'reason',
  detail: 'reasonDetail',
  place: 'place',
  'contract-signed': 'contractSigned',
  'counter-offer': 'counterOffer',
} as const satisfies Partial<Record<keyof typeof options, string>>;

const formats = ['text', 'md', 'eml', 'json'] as const;
type Format = (typeof formats)[number];

type Values = Record<string, string | boolean | undefined>;

async function readAnswersFile(path: string, context: CommandContext): Promise<RawAnswers> {
  const { usage } = context.messages;
  let text: string;
  try {
    text = await readTextInput(path, context.io);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new UsageError(usage.notUtf8(path), 'letter');
    throw new UsageError(usage.cannotRead(path, describeFsError(error, context.locale)), 'letter');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the file's first bytes; they are shown, never obeyed (run.ts).
    throw new UsageError(usage.notJson(path, (error as Error).message), 'letter');
  }
  const answers = asRawAnswers(parsed);
  if (!answers) throw new UsageError(usage.notAnObject(path), 'letter');
  return answers;
}

/** The answers from `--input`, with every flag given laid over them. */
function answersFromFlags(base: RawAnswers, values: Values, context: CommandContext): RawAnswers {
  // With the groups present, a missing name is reported as the name (`--name`), not as "applicant".
  let answers: RawAnswers = {
    ...base,
    applicant: { ...base.applicant },
    recipient: { ...base.recipient },
  };
  for (const [flag, path] of Object.entries(flagPaths)) {
    const value = values[flag];
    if (value !== undefined) answers = setAnswer(answers, path, value);
  }
  if (values.formal && values.informal) {
    throw new UsageError(context.messages.usage.conflicting('--formal', '--informal'), 'letter');
  }
  if (values.formal) answers = setAnswer(answers, 'formality', 'formal');
  if (values.informal) answers = setAnswer(answers, 'formality', 'informal');
  // The flags are optional; the defaults are the guide's safe choices: a formal tone, and the
  // reason that asks for no explanation.
  if (answers.formality === undefined) answers = setAnswer(answers, 'formality', 'formal');
  if (answers.reason === undefined) answers = setAnswer(answers, 'reason', 'personal');
  if (answers.locale === undefined && context.locale)
    answers = setAnswer(answers, 'locale', context.locale);
  return answers;
}

/** The flag that sets a field, as a person would type it. */
function flagOf(path: string): string | undefined {
  if (path === 'formality') return '--formal/--informal';
  const flag = Object.entries(flagPaths).find(([, field]) => field === path)?.[0];
  return flag && `--${flag}`;
}

/**
 * Names a field the way the person gave it: the file and the field's path when the value came from
 * `--input`, else the flag (which, for a missing answer, is also what to add).
 */
function whereOf(
  path: string,
  base: RawAnswers,
  values: Values,
  inputPath: string | undefined,
): string {
  const flag = flagOf(path);
  const fromFlag = flag?.split('/').some((name) => values[name.slice(2)] !== undefined) ?? false;
  if (!fromFlag && inputPath !== undefined && getAnswer(base, path) !== undefined) {
    return `${inputPath}: ${path}`;
  }
  return flag ?? path;
}

function render(
  result: LetterResult,
  input: LetterInput,
  format: Format,
  context: CommandContext,
): string {
  const { documents } = result;
  switch (format) {
    case 'json':
      return `${JSON.stringify({ input, ...result }, null, 2)}\n`;
    case 'md':
      return documentsAsMarkdown(documents);
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
      return documentsAsText(documents);
  }
}

/** `rescind letter`: the documents for the answers given by flags and/or a JSON file. */
export async function letterCommand(
  args: readonly string[],
  context: CommandContext,
): Promise<number> {
  const parsed = parseSubcommand('letter', args, options, context);
  if (!parsed) return 0;
  const { values } = parsed;
  const format = (values.format ?? 'text') as string;
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(context.messages.usage.badFormat(format), 'letter');
  }
  const inputPath = typeof values.input === 'string' ? values.input : undefined;
  const base = inputPath === undefined ? {} : await readAnswersFile(inputPath, context);
  const answers = answersFromFlags(base, values, context);
  // The answers' own language wins for what follows, so the messages match the letter.
  const locale = isLocale(answers.locale) ? answers.locale : context.locale;
  const localized: CommandContext = { ...context, locale, messages: cliMessages(locale) };
  const validation = validateLetterInput(answers, locale ? { locale } : {});
  if (!validation.success) {
    const lines = validation.issues.map((issue) =>
      localized.messages.usage.badAnswer(
        whereOf(issue.path, base, values, inputPath),
        issue.message,
      ),
    );
    throw new UsageError(lines.join('\n'), 'letter');
  }
  const input = validation.data;
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
  if (format !== 'json' && result.advice.length > 0) {
    const advice = result.advice.map((item) => `  • ${item.message}`).join('\n');
    context.io.stderr.write(sanitizeForTerminal(`${messages.letter.advice}:\n${advice}\n`));
  }
  return 0;
}
