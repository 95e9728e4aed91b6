import { channels, isLocale } from '@rescind/core';
import {
  acceptances,
  contractTypes,
  normalizeDate,
  reasons,
  answers as threeWay,
  validateLetterInput,
} from '@rescind/core/letter';
import { describeFsError } from '../i18n/fs-reasons.ts';
import { cliMessages } from '../i18n/messages.ts';
import { NotUtf8Error, readTextInput } from '../io/streams.ts';
import { asRawAnswers, getAnswer, type RawAnswers, setAnswer } from '../state/answers.ts';
import { readDates } from '../state/dates.ts';
import { addressLines } from '../text/address.ts';
import { closest, type OptionSpec } from './args.ts';
import type { CommandContext } from './context.ts';
import { UsageError } from './usage-error.ts';

/** The flags that give answers, shared by `rescind letter` and `rescind position`. */
export const answerOptions = {
  locale: { type: 'string' },
  channel: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  company: { type: 'string' },
  recipient: { type: 'string' },
  'recipient-email': { type: 'string' },
  address: { type: 'string' },
  'recipient-address': { type: 'string' },
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
  acceptance: { type: 'string' },
  contract: { type: 'string' },
  'exit-clause': { type: 'boolean' },
  'no-exit-clause': { type: 'boolean' },
  trial: { type: 'string' },
  'trial-months': { type: 'string' },
  'notice-months': { type: 'string' },
  'collective-agreement': { type: 'string' },
  'essentials-agreed': { type: 'string' },
  'state-employer': { type: 'boolean' },
  'no-state-employer': { type: 'boolean' },
  resigned: { type: 'boolean' },
  'no-resigned': { type: 'boolean' },
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
  address: 'applicant.address',
  'recipient-address': 'recipient.address',
  position: 'position',
  start: 'startDate',
  accepted: 'acceptedOn',
  today: 'today',
  reason: 'reason',
  detail: 'reasonDetail',
  place: 'place',
  'contract-signed': 'contractSigned',
  'counter-offer': 'counterOffer',
  acceptance: 'acceptance',
  contract: 'contractType',
  trial: 'trialPeriod',
  'trial-months': 'trialMonths',
  'notice-months': 'noticeMonths',
  'collective-agreement': 'collectiveAgreement',
  'essentials-agreed': 'essentialsAgreed',
} as const satisfies Partial<Record<keyof typeof answerOptions, string>>;

/** Yes/no answers given as a switch and its `--no-` twin, since "no" decides as much as "yes". */
const switchPaths = {
  'exit-clause': 'earlyTerminationClause',
  'state-employer': 'stateEmployer',
  resigned: 'resignedCurrentJob',
} as const;

/** The flags that take one of a few values: a typo in one gets a "did you mean". */
export const choiceFlags: Partial<Record<keyof typeof flagPaths, readonly string[]>> = {
  channel: channels,
  reason: reasons,
  acceptance: acceptances,
  contract: contractTypes,
  trial: threeWay,
  'collective-agreement': threeWay,
  'essentials-agreed': threeWay,
};

/** The flags that take a number of months. */
const monthFlags = new Set<string>(['trial-months', 'notice-months']);

export type Values = Record<string, string | boolean | undefined>;

export async function readAnswersFile(
  path: string,
  context: CommandContext,
  command: string,
): Promise<RawAnswers> {
  const { usage } = context.messages;
  let text: string;
  try {
    text = await readTextInput(path, context.io);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new UsageError(usage.notUtf8(path), command);
    throw new UsageError(
      usage.cannotRead(path, describeFsError(error, context.locale, 'read')),
      command,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the file's first bytes; they are shown, never obeyed (run.ts).
    throw new UsageError(usage.notJson(path, (error as Error).message), command);
  }
  const answers = asRawAnswers(parsed);
  if (!answers) throw new UsageError(usage.notAnObject(path), command);
  return answers;
}

/** A flag's value as `LetterInput` wants it: a number of months as a number, when it is one. */
function flagValue(flag: string, value: string | boolean): unknown {
  // Anything else goes to core as typed, and core says it is no number.
  if (typeof value === 'string' && monthFlags.has(flag) && /^\d+$/.test(value))
    return Number(value);
  // An address's lines, given on one line separated by commas (or with real line breaks).
  if (typeof value === 'string' && (flag === 'address' || flag === 'recipient-address'))
    return addressLines(value);
  return value;
}

/**
 * A choice flag given a value that is none of its choices, said with the choices and the one it
 * looks like a typo of; `undefined` when the problem at `path` is another.
 */
function choiceMistake(path: string, values: Values, context: CommandContext): string | undefined {
  for (const [flag, field] of Object.entries(flagPaths)) {
    const choices = choiceFlags[flag as keyof typeof flagPaths];
    const value = values[flag];
    if (field !== path || !choices || typeof value !== 'string' || choices.includes(value))
      continue;
    return context.messages.usage.badChoice(`--${flag}`, value, choices, closest(value, choices));
  }
  return undefined;
}

/** The answers from `--input`, with every flag given laid over them. */
export function answersFromFlags(
  base: RawAnswers,
  values: Values,
  context: CommandContext,
  command: string,
): RawAnswers {
  // With the groups present, a missing name is reported as the name (`--name`), not as "applicant".
  let answers: RawAnswers = {
    ...base,
    applicant: { ...base.applicant },
    recipient: { ...base.recipient },
  };
  for (const [flag, path] of Object.entries(flagPaths)) {
    const value = values[flag];
    if (value !== undefined) answers = setAnswer(answers, path, flagValue(flag, value));
  }
  const conflicting = (first: string, second: string) =>
    new UsageError(context.messages.usage.conflicting(first, second), command);
  for (const [flag, path] of Object.entries(switchPaths)) {
    const yes = values[flag] === true;
    const no = values[`no-${flag}`] === true;
    if (yes && no) throw conflicting(`--${flag}`, `--no-${flag}`);
    if (yes || no) answers = setAnswer(answers, path, yes);
  }
  if (values.formal && values.informal) throw conflicting('--formal', '--informal');
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
  const toggle = Object.entries(switchPaths).find(([, field]) => field === path)?.[0];
  if (toggle) return `--${toggle}/--no-${toggle}`;
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

/**
 * The answers of `--input` and the flags, checked by core: the valid input and the context in the
 * answers' own language (so the messages match the letter), or a usage error naming every problem.
 */
export async function checkedAnswers(
  values: Values,
  context: CommandContext,
  command: string,
  fill: (answers: RawAnswers) => RawAnswers = (answers) => answers,
) {
  const inputPath = typeof values.input === 'string' ? values.input : undefined;
  const base = inputPath === undefined ? {} : await readAnswersFile(inputPath, context, command);
  const given = fill(answersFromFlags(base, values, context, command));
  const locale = isLocale(given.locale) ? given.locale : context.locale;
  // `--start 4-1-2027` and `"startDate": "14 december 2026"` are read as the wizard reads them;
  // without a language, the missing locale is the problem to report.
  const answers = locale ? readDates(given, locale, { normalizeDate }) : given;
  const localized: CommandContext = { ...context, locale, messages: cliMessages(locale) };
  const validation = validateLetterInput(answers, locale ? { locale } : {});
  if (!validation.success) {
    const lines = validation.issues.map(
      (issue) =>
        choiceMistake(issue.path, values, localized) ??
        localized.messages.usage.badAnswer(
          whereOf(issue.path, base, values, inputPath),
          issue.message,
        ),
    );
    throw new UsageError(lines.join('\n'), command);
  }
  return { input: validation.data, context: localized };
}
