// zod/mini, not classic zod: the same engine without the method-chaining classes, so the letter
// page's browser bundle carries far less of it. Named imports, not `* as z`, so that bundlers keep
// only the functions used here.
import {
  _default,
  boolean,
  type core,
  number,
  optional,
  type output,
  pipe,
  strictObject,
  string,
  superRefine,
  transform,
  enum as zodEnum,
} from 'zod/mini';
import { type Channel, channels } from '../content/channels.ts';
import { isRecord, localeChoices, mistake, shown } from '../developer-errors.ts';
import { isLocale, type Locale, locales } from '../locales.ts';
import {
  type Formality,
  formalities,
  type Reason,
  reasons,
  type Salutation,
  salutations,
} from './choices.ts';
import { isRealDate, localIsoToday, readIsoDate } from './dates.ts';
import { isEmailAddress } from './formats/address.ts';
import {
  type InputRule,
  inputMessage,
  isDeveloperRule,
  type RuleDetails,
} from './input-messages.ts';
import { textLimits as limits, monthLimits } from './limits.ts';
import { acceptances, answers, contractTypes } from './position/types.ts';

export { type Formality, formalities, type Reason, reasons, type Salutation, salutations };

import type { InputIssue } from './types.ts';

type TextKind = 'name' | 'line' | 'email' | 'phone' | 'detail' | 'address';

// A line break is the most common paste accident, so it gets its own message.
const lineBreak = /[\n\r\u2028\u2029\u0085]/;
// C0/C1 controls, plus the bidi overrides that can make a name display as something else.
const controlCharacter = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Characters that show as nothing (zero-width space and joiners, word joiner, invisible operators,
// the Arabic letter mark, Hangul fillers, the byte-order mark): pasted from a web page or a chat,
// they make "Anna" and "An\u200bna" two names and can hide a word from a reader or a filter.
const invisibleCharacter =
  /[\u200b-\u200f\u2060-\u2064\u061c\u115f\u1160\u180e\u3164\uffa0\ufeff]/u;
// Letters in any script, combining marks, and the punctuation names carry ("O’Brien", "Anne-Marie",
// "J. de Vries").
const nameText = /^\p{L}[\p{L}\p{M}'’‘ .\-‐]*$/u;
const phoneText = /^\+?[0-9][0-9 ()-]*[0-9]$/;

type RefinementCtx = Pick<core.$RefinementCtx, 'addIssue'>;

function fail(ctx: RefinementCtx, rule: InputRule, details: RuleDetails = {}): void {
  ctx.addIssue({ code: 'custom', message: rule, params: { rule, ...details } });
}

// A sentence ends at . ! ? or … before a capital or the end; "t.ex. en" and "bijv. de" do not.
const sentenceEnd = /[.!?…]+(?:\s+(?=\p{Lu})|\s*$)/gu;

/** The guide asks for a reason "specific enough, not detailed": one or two sentences. */
function sentenceCount(text: string): number {
  const ends = text.match(sentenceEnd)?.length ?? 0;
  return /[.!?…]\s*$/u.test(text) ? ends : ends + 1;
}

type Broken = { rule: InputRule; details?: RuleDetails } | undefined;

/** The first rule a text breaks, most basic first: a line break before a bad character. */
function brokenTextRule(kind: TextKind, value: string): Broken {
  if (kind === 'address') {
    const lines = value.split('\n');
    if (lines.some((line) => controlCharacter.test(line) || lineBreak.test(line)))
      return { rule: 'control-character' };
    if (invisibleCharacter.test(value)) return { rule: 'invisible-character' };
    if (lines.length > limits.addressLines)
      return { rule: 'too-many-lines', details: { max: limits.addressLines } };
    if (lines.some((line) => line.length > limits.addressLine))
      return { rule: 'too-long', details: { max: limits.addressLine } };
    return undefined;
  }
  if (lineBreak.test(value)) return { rule: 'line-break' };
  if (controlCharacter.test(value)) return { rule: 'control-character' };
  if (invisibleCharacter.test(value)) return { rule: 'invisible-character' };
  const max = limits[kind];
  if (value.length > max) return { rule: 'too-long', details: { max } };
  if (kind === 'name' && !nameText.test(value)) return { rule: 'name-characters' };
  // The rule `toEml` and `toMailto` apply, so an address accepted here never makes them throw.
  if (kind === 'email' && !isEmailAddress(value)) return { rule: 'email' };
  if (kind === 'phone' && !phoneText.test(value)) return { rule: 'phone' };
  if (kind === 'detail' && sentenceCount(value) > 2) return { rule: 'too-many-sentences' };
  return undefined;
}

function checkText(kind: TextKind, value: string, ctx: RefinementCtx): void {
  const broken = brokenTextRule(kind, value);
  if (broken) fail(ctx, broken.rule, broken.details);
}

function brokenDateRule(value: string): Broken {
  const date = readIsoDate(value);
  if (!date) return { rule: 'date-format' };
  if (!isRealDate(date)) return { rule: 'date-not-real', details: { value } };
  return undefined;
}

function checkDate(value: string, ctx: RefinementCtx): void {
  const broken = brokenDateRule(value);
  if (broken) fail(ctx, broken.rule, broken.details);
}

/** Multi-line text keeps its line breaks, normalised to `\n`, and loses blank edge lines and trailing spaces. */
function normalise(kind: TextKind, value: string): string {
  if (kind !== 'address') return value.trim();
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function requiredText(kind: TextKind) {
  return pipe(
    string(),
    transform((value: string) => normalise(kind, value)),
  ).check(
    superRefine((value, ctx) => {
      if (value === '') fail(ctx, 'required');
      else checkText(kind, value, ctx);
    }),
  );
}

/** Forms send `''` for a field left empty; that means "not given", not "given as nothing". */
function optionalText(kind: TextKind) {
  return pipe(
    optional(string()),
    transform((value: string | undefined) =>
      value === undefined ? undefined : normalise(kind, value) || undefined,
    ),
  ).check(
    superRefine((value, ctx) => {
      if (value !== undefined) checkText(kind, value, ctx);
    }),
  );
}

function isoDate() {
  return pipe(
    string(),
    transform((value: string) => value.trim()),
  ).check(
    superRefine((value, ctx) => {
      if (value === '') fail(ctx, 'required');
      else checkDate(value, ctx);
    }),
  );
}

function optionalIsoDate() {
  return pipe(
    optional(string()),
    transform((value: string | undefined) => value?.trim() || undefined),
  ).check(
    superRefine((value, ctx) => {
      if (value !== undefined) checkDate(value, ctx);
    }),
  );
}

const applicantSchema = strictObject({
  /** Their full name, as they sign. Required; at most 100 characters of letters, spaces, `'`, `-` and `.`. */
  name: requiredText('name'),
  /** Their e-mail address (`anna@example.se`), for `.eml` and `mailto:`. Optional; at most 254 characters. */
  email: optionalText('email'),
  /** Their phone number (`+46 70 123 45 67`), under the signature. Optional; digits, spaces, `()-` and a leading `+`, at most 30 characters. */
  phone: optionalText('phone'),
  /** Their postal address for a letter: street, postcode and town, one per line (`\n`). Optional; at most 6 lines of 100 characters. */
  address: optionalText('address'),
});

const recipientSchema = strictObject({
  /** The person who offered the job, greeted by name. Optional for an e-mail or a letter (recommended), required after a call or a meeting; at most 100 characters. */
  name: optionalText('name'),
  /**
   * Their name as the greeting says it, when the engine cannot know it from `name`: the surname
   * after "Geachte heer/mevrouw" ("Van der Berg", "Garcia Lopez"), or the name after "Hej"/"Beste".
   * Optional; at most 100 characters.
   */
  greetingName: optionalText('name'),
  /** How a Dutch formal greeting addresses them: `'mr'` (heer), `'ms'` (mevrouw) or `'none'` (the full name). Optional, unused in Swedish. */
  salutation: optional(zodEnum(salutations)),
  /** Their job title, under their name in a letter's address block. Optional; at most 120 characters. */
  title: optionalText('line'),
  /** The employer's name, as in the offer. Required; at most 120 characters. */
  company: requiredText('line'),
  /** Their e-mail address, for `.eml` and `mailto:`. Optional; at most 254 characters. */
  email: optionalText('email'),
  /** The employer's postal address for a letter, one line per line. Optional; at most 6 lines of 100 characters. */
  address: optionalText('address'),
});

const dateFields = new Set(['acceptedOn', 'startDate', 'today']);

function optionalMonths() {
  return optional(number()).check(
    superRefine((value, ctx) => {
      if (value === undefined) return;
      if (!Number.isInteger(value) || value < monthLimits.min || value > monthLimits.max)
        fail(ctx, 'months', { min: monthLimits.min, max: monthLimits.max });
    }),
  );
}

/** After a call or a meeting the person knows whom they spoke to, and the e-mail greets them. */
const spokenChannels: ReadonlySet<string> = new Set(['phone', 'meeting']);

/**
 * A person's answers, as the frontends collect them. Optional text fields may be `''` (read as not
 * given); text is trimmed; unknown keys are refused. `letterInputJsonSchema` states the same
 * fields as a JSON Schema, and `fieldLimits` their limits.
 */
export const letterInputSchema = strictObject({
  /** The language of the documents, `'sv'` or `'nl'`; it also decides whose employment law applies. Required. */
  locale: zodEnum(locales),
  /** How they tell the employer: `'email'`, `'letter'`, `'phone'` or `'meeting'`; decides the documents (see `ChannelDocuments`). Required. */
  channel: zodEnum(channels),
  /** `'formal'` or `'informal'`: Dutch _u_ or _je_; Swedish is always _du_, and formality is in the wording. Required. */
  formality: zodEnum(formalities),
  /** The person withdrawing. Required. */
  applicant: applicantSchema,
  /** Who receives the news. Required. */
  recipient: recipientSchema,
  /** The job title they accepted ("projektledare"). Required; at most 120 characters. */
  position: requiredText('line'),
  /** The guide's reason: `'compensation'`, `'career'`, `'better-offer'`, `'conditions'` or `'personal'`. Required. */
  reason: zodEnum(reasons),
  /** One or two sentences in the person's own words, added after the guide's reason. Optional; at most 300 characters and two sentences. */
  reasonDetail: optionalText('detail'),
  /** When they accepted the offer, an ISO date (`2026-11-02`). Optional; not after `startDate` nor `today`. */
  acceptedOn: optionalIsoDate(),
  /** The first working day, an ISO date (`2026-12-01`). Required; not before `today` (then it is a resignation). */
  startDate: isoDate(),
  /** The day the documents are written and notice is given, an ISO date. Optional, default the local date: pass it for reproducible output. */
  today: pipe(
    optionalIsoDate(),
    transform((value: string | undefined) => value ?? localIsoToday()),
  ),
  /** Kept for callers from before `acceptance`: `true` means `acceptance: 'signed'` (contradicting it is refused). Optional, default `false`. */
  contractSigned: _default(optional(boolean()), false),
  /** How they said yes: `'spoken'` (a call, a meeting), `'email'` or `'signed'` (the contract). Optional; absent means not known. */
  acceptance: optional(zodEnum(acceptances)),
  /** `'permanent'` (tillsvidare, onbepaalde tijd), `'fixed-term'` (visstid, bepaalde tijd) or `'unknown'`. Optional. */
  contractType: optional(zodEnum(contractTypes)),
  /** Fixed-term only: does the contract allow ending it early (tussentijds opzegbeding)? Optional boolean. */
  earlyTerminationClause: optional(boolean()),
  /** Does the contract begin with a trial period: `'yes'`, `'no'` or `'unknown'`? In nl only a written one counts. Optional. */
  trialPeriod: optional(zodEnum(answers)),
  /** How long the trial period is, in whole months, 1 to 12. Optional. */
  trialMonths: optionalMonths(),
  /** The employee's notice in the contract or collective agreement, in whole months, 1 to 12. Optional; absent means the law's default. */
  noticeMonths: optionalMonths(),
  /** Does a collective agreement (kollektivavtal, cao) apply: `'yes'`, `'no'` or `'unknown'`? Optional. */
  collectiveAgreement: optional(zodEnum(answers)),
  /** nl: were pay, hours and the start date agreed (`'yes'`, `'no'`, `'unknown'`)? Without a signature only then is there a contract. Optional. */
  essentialsAgreed: optional(zodEnum(answers)),
  /** sv: is the employer the state? State employees must resign in writing. Optional boolean. */
  stateEmployer: optional(boolean()),
  /** Have they already resigned from their current job (unemployment benefit at risk)? Optional boolean. */
  resignedCurrentJob: optional(boolean()),
  /** Has the employer come back with a better offer (a counter-offer), to be declined too? Optional, default `false`. */
  counterOffer: _default(optional(boolean()), false),
  /** Leave the door open for the future (the closing says so) or say a plain farewell. Optional, default `true`. */
  keepDoorOpen: _default(optional(boolean()), true),
  /** The town on a letter's date line ("Utrecht, 21 november 2026"). Optional; at most 120 characters. */
  place: optionalText('line'),
}).check(
  superRefine(
    (input, ctx) => {
      const { acceptedOn, startDate, today } = input;
      // Only a valid answer can contradict the box; an unknown value has its own message.
      if (input.contractSigned && (input.acceptance === 'spoken' || input.acceptance === 'email')) {
        ctx.addIssue({
          code: 'custom',
          path: ['acceptance'],
          message: 'acceptance-conflict',
          params: { rule: 'acceptance-conflict' },
        });
      }
      // Once the start date has passed the job has begun: leaving it is a resignation with the
      // contract's notice, not a withdrawal, and a withdrawal letter would say the wrong thing.
      if (startDate < today) {
        ctx.addIssue({
          code: 'custom',
          path: ['startDate'],
          message: 'start-date-passed',
          params: { rule: 'start-date-passed', startDate, today },
        });
      }
      if (acceptedOn === undefined) return;
      if (acceptedOn > startDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['acceptedOn'],
          message: 'accepted-after-start',
          params: { rule: 'accepted-after-start', acceptedOn, startDate },
        });
      } else if (acceptedOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['acceptedOn'],
          message: 'accepted-in-future',
          params: { rule: 'accepted-in-future', acceptedOn, today },
        });
      }
    },
    {
      // Compare the dates even when other answers have problems, so a person sees every problem at
      // once; but only when the dates themselves are valid.
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((issue) => dateFields.has(String(issue.path?.[0]))),
    },
  ),
  superRefine(
    (input, ctx) => {
      if (spokenChannels.has(input.channel) && input.recipient.name === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['recipient', 'name'],
          message: 'name-for-conversation',
          params: { rule: 'name-for-conversation' },
        });
      }
    },
    {
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((issue) => ['channel', 'recipient'].includes(String(issue.path?.[0]))),
    },
  ),
);

export type { LetterApplicant, LetterInput, LetterRecipient } from './input-types.ts';
/** The answers after validation: trimmed, defaults filled in. */
export type ValidLetterInput = output<typeof letterInputSchema>;
export type { Channel };

/** Thrown by `generateLetter` for invalid answers; `issues` holds one localized message per problem.
 *
 * @example
 * ```ts
 * import { generateLetter, LetterInputError } from '@rescind/core/letter';
 *
 * try {
 *   generateLetter({ locale: 'nl', channel: 'email', formality: 'formal', applicant: { name: '' }, recipient: { company: 'Polderdata B.V.' }, position: 'projectleider', reason: 'career', startDate: '2027-01-10', today: '2026-11-21' });
 * } catch (error) {
 *   if (error instanceof LetterInputError) console.log(error.issues[0]?.path, error.issues[0]?.message);
 * }
 * ```
 */
export class LetterInputError extends Error {
  override readonly name = 'LetterInputError';
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    // A developer's message names the function and the field itself; a person's needs the path.
    super(
      issues
        .map((issue) =>
          isDeveloperRule(issue.code)
            ? issue.message
            : `${issue.path || '(input)'}: ${issue.message}`,
        )
        .join('\n'),
    );
    this.issues = issues;
  }
}

/** What `safeParseLetterInput` returns. */
export type SafeParseLetterInputResult =
  | { success: true; data: ValidLetterInput }
  | { success: false; issues: InputIssue[] };
/** @deprecated Renamed `SafeParseLetterInputResult`. */
export type ValidationResult = SafeParseLetterInputResult;

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function toInputIssues(
  issue: core.$ZodIssue,
  raw: unknown,
  locale: Locale,
  caller: string,
): InputIssue[] {
  const path = issue.path.map(String).join('.');
  let rule: InputRule;
  let details: RuleDetails = {};
  if (issue.code === 'custom') {
    const { rule: custom, ...rest } = (issue.params ?? {}) as { rule: InputRule } & RuleDetails;
    rule = custom;
    details = rest;
  } else if (issue.code === 'unrecognized_keys') {
    // One issue per key, so each names its own nearest valid key.
    return issue.keys.map((key) => {
      const where = [...issue.path.map(String), key].join('.');
      const near = nearestKey(key, knownKeys(issue.path));
      const nearest = near && [...issue.path.map(String), near].join('.');
      return {
        path: where,
        code: 'unknown-field' as const,
        message: inputMessage(locale, 'unknown-field', where, nearest ? { nearest } : {}, caller),
      };
    });
  } else if (
    issue.code === 'invalid_value' &&
    path === 'locale' &&
    ![undefined, null, ''].includes(valueAt(raw, issue.path) as never)
  ) {
    rule = 'unknown-locale';
    details = {
      choices: issue.values.map(String),
      value: shown(valueAt(raw, issue.path)),
    };
  } else if (issue.code === 'invalid_value') {
    // A form sends '' for a choice nobody made: that is a missing answer, not a wrong one.
    const value = valueAt(raw, issue.path);
    const missing = value === undefined || value === null || value === '';
    rule = missing ? 'required' : 'invalid-choice';
    details = { choices: issue.values.map(String) };
  } else if (issue.code === 'invalid_type') {
    const value = valueAt(raw, issue.path);
    if (path === '') {
      rule = 'not-an-object';
      details = { value: shown(raw) };
    } else if (value === undefined || value === null) rule = 'required';
    else if (issue.expected === 'boolean') rule = 'not-yes-no';
    else if (issue.expected === 'string') rule = 'not-text';
    else if (issue.expected === 'number') rule = 'not-a-number';
    else rule = 'required';
  } else {
    rule = 'required';
  }
  return [{ path, code: rule, message: inputMessage(locale, rule, path, details, caller) }];
}

/** The keys the schema knows at a path: the answers' own, or those of `applicant` or `recipient`. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  const head = path[0];
  if (head === 'applicant') return Object.keys(applicantSchema.def.shape);
  if (head === 'recipient') return Object.keys(recipientSchema.def.shape);
  return Object.keys(letterInputSchema.def.shape);
}

/** The valid key closest to a typo (`recipent` → `recipient`), if any is close enough to mean. */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The options of `safeParseLetterInput` and `parseLetterInput`. */
export interface ParseLetterInputOptions {
  /** The language of the messages when the answers' own `locale` is missing or invalid; default `'sv'`. */
  locale?: Locale;
}

/**
 * Checks a person's answers and never throws: `{success: true, data}` with the answers trimmed
 * and defaults filled in, or `{success: false, issues}` with every problem at once. Messages are in
 * the answers' own locale when it is valid, else in `options.locale`, else Swedish; each names the
 * field and says what to do. A developer's mistake (not an object, an unknown key, an unknown
 * locale) is reported in English, naming the function, what it got and what to pass. It never
 * throws for any answers; only `options` of the wrong shape throw (`TypeError`, `RangeError`).
 *
 * @example
 * ```ts
 * import { safeParseLetterInput } from '@rescind/core/letter';
 *
 * const result = safeParseLetterInput({ locale: 'nl', startDate: '2026-02-30' });
 * if (!result.success) for (const issue of result.issues) console.log(issue.path, issue.code);
 * ```
 */
export function safeParseLetterInput(
  raw: unknown,
  options: ParseLetterInputOptions = {},
): SafeParseLetterInputResult {
  return checkAnswers('safeParseLetterInput', raw, options);
}

/** The options' own mistakes are the caller's: thrown, in English, and never an answer's issue. */
function messageLocale(caller: string, options: unknown): Locale | undefined {
  if (options === undefined) return undefined;
  if (!isRecord(options)) {
    throw new TypeError(
      mistake(caller, 'options', "an object such as { locale: 'nl' } or left out", options),
    );
  }
  const { locale } = options;
  if (locale === undefined || isLocale(locale)) return locale;
  throw new RangeError(mistake(caller, 'options.locale', `${localeChoices}, or left out`, locale));
}

/**
 * `safeParseLetterInput` for `caller`, the public function a developer called, which a developer's
 * message names.
 */
export function checkAnswers(
  caller: string,
  raw: unknown,
  options?: ParseLetterInputOptions,
): SafeParseLetterInputResult {
  const fallback = messageLocale(caller, options) ?? 'sv';
  const result = letterInputSchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const declared = valueAt(raw, ['locale']);
  const locale: Locale = isLocale(declared) ? declared : fallback;
  return {
    success: false,
    issues: result.error.issues.flatMap((issue) => toInputIssues(issue, raw, locale, caller)),
  };
}

/** @deprecated Renamed `safeParseLetterInput` (the zod naming: `safeParse…` returns, `parse…` throws); this alias goes in the next major release. */
export const validateLetterInput = safeParseLetterInput;

/**
 * Checks a person's answers like `safeParseLetterInput`, and returns them trimmed with defaults
 * filled in.
 * @throws {LetterInputError} with every issue, when the answers are invalid.
 * @throws {TypeError} or {RangeError} for `options` of the wrong shape or an unknown `options.locale`.
 *
 * @example
 * ```ts
 * import { parseLetterInput } from '@rescind/core/letter';
 *
 * const valid = parseLetterInput({ ...{
 *   locale: 'sv',
 *   channel: 'email',
 *   formality: 'formal',
 *   applicant: { name: 'Anna Berg', email: 'anna@example.se' },
 *   recipient: { name: 'Sara Lind', company: 'Nordlys AB', email: 'sara@nordlys.example' },
 *   position: 'projektledare',
 *   reason: 'career',
 *   startDate: '2027-01-10',
 *   today: '2026-11-21',
 * }, place: '  Göteborg  ', reasonDetail: '' });
 * console.log(valid.place, valid.reasonDetail, valid.keepDoorOpen); // 'Göteborg' undefined true
 * ```
 */
export function parseLetterInput(
  raw: unknown,
  options: ParseLetterInputOptions = {},
): ValidLetterInput {
  return parseAnswers('parseLetterInput', raw, options);
}

/** `parseLetterInput` for `caller`, which a developer's message names. */
export function parseAnswers(
  caller: string,
  raw: unknown,
  options?: ParseLetterInputOptions,
): ValidLetterInput {
  const result = checkAnswers(caller, raw, options);
  if (!result.success) throw new LetterInputError(result.issues);
  return result.data;
}
