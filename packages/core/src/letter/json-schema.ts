import { channels } from '../content/channels.ts';
import { locales } from '../locales.ts';
import { formalities, reasons, salutations } from './choices.ts';
import { monthLimits, textLimits } from './limits.ts';
import { acceptances, answers, contractTypes } from './position/types.ts';

/** The limits a form enforces before the engine does: the same numbers validation uses. */
export interface FieldLimit {
  /** Most characters, after trimming (for an address: per line). */
  maxLength?: number;
  /** Most lines (an address). */
  maxLines?: number;
  /** Most sentences (the reason in the person's own words). */
  maxSentences?: number;
  /** Smallest and largest whole number (months). */
  minimum?: number;
  maximum?: number;
}

const name = { maxLength: textLimits.name } as const;
const line = { maxLength: textLimits.line } as const;
const email = { maxLength: textLimits.email } as const;
const address = { maxLength: textLimits.addressLine, maxLines: textLimits.addressLines } as const;
const months = { minimum: monthLimits.min, maximum: monthLimits.max } as const;

/**
 * Every limited field of `LetterInput` and its limits, by the path a form and `InputIssue.path`
 * use. `letterInputJsonSchema` states the same numbers.
 */
export const fieldLimits = {
  'applicant.name': name,
  'applicant.email': email,
  'applicant.phone': { maxLength: textLimits.phone },
  'applicant.address': address,
  'recipient.name': name,
  'recipient.greetingName': name,
  'recipient.title': line,
  'recipient.company': line,
  'recipient.email': email,
  'recipient.address': address,
  position: line,
  reasonDetail: { maxLength: textLimits.detail, maxSentences: 2 },
  trialMonths: months,
  noticeMonths: months,
  place: line,
} as const satisfies Record<string, FieldLimit>;

type Json = { [key: string]: unknown };

const text = (description: string, limit: { maxLength: number }, extra: Json = {}): Json => ({
  type: 'string',
  maxLength: limit.maxLength,
  description,
  ...extra,
});
const multiline = (description: string): Json => ({
  type: 'string',
  description: `${description} One line per line of the address, at most ${textLimits.addressLines} lines of at most ${textLimits.addressLine} characters.`,
  maxLength: textLimits.addressLines * (textLimits.addressLine + 1),
});
const choice = (values: readonly string[], description: string): Json => ({
  type: 'string',
  enum: [...values],
  description,
});
const date = (description: string): Json => ({ type: 'string', format: 'date', description });
const flag = (description: string, value?: boolean): Json => ({
  type: 'boolean',
  description,
  ...(value === undefined ? {} : { default: value }),
});
const count = (description: string): Json => ({
  type: 'integer',
  minimum: monthLimits.min,
  maximum: monthLimits.max,
  description,
});
const phonePattern = '^\\+?[0-9][0-9 ()-]*[0-9]$';

/**
 * `LetterInput` as a JSON Schema (draft 2020-12), for a form builder, an API gateway or another
 * language: the fields, their choices, formats (`startDate` is `format: date`) and limits. It
 * states what a form can check before sending; `safeParseLetterInput` checks more (a name's
 * characters, real dates, the dates' order, invisible characters) and is the one that decides.
 * Optional text fields may be `''`, read as not given.
 */
export const letterInputJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'LetterInput',
  description: 'A person’s answers to rescind’s letter engine (@rescind/core/letter).',
  type: 'object',
  additionalProperties: false,
  required: [
    'locale',
    'channel',
    'formality',
    'applicant',
    'recipient',
    'position',
    'reason',
    'startDate',
  ],
  properties: {
    locale: choice(locales, 'The language of the documents; it also decides whose law applies.'),
    channel: choice(channels, 'How the person tells the employer.'),
    formality: choice(formalities, 'The register: Dutch u or je; Swedish is always du.'),
    applicant: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      description: 'The person withdrawing.',
      properties: {
        name: text('Their full name.', name, { minLength: 1 }),
        email: text('Their e-mail address.', email, { format: 'email' }),
        phone: text(
          'Their phone number.',
          { maxLength: textLimits.phone },
          { pattern: phonePattern },
        ),
        address: multiline('Their postal address, for a letter.'),
      },
    },
    recipient: {
      type: 'object',
      additionalProperties: false,
      required: ['company'],
      description: 'Who receives the news.',
      properties: {
        name: text('The person who offered the job; required after a call or a meeting.', name),
        greetingName: text('Their name as the greeting says it, when it differs.', name),
        salutation: choice(salutations, 'How a Dutch formal greeting addresses them.'),
        title: text('Their job title, under their name in a letter.', line),
        company: text('The employer’s name.', line, { minLength: 1 }),
        email: text('Their e-mail address.', email, { format: 'email' }),
        address: multiline('The employer’s postal address, for a letter.'),
      },
    },
    position: text('The job title accepted.', line, { minLength: 1 }),
    reason: choice(reasons, 'The guide’s reason for withdrawing.'),
    reasonDetail: text('One or two sentences in the person’s own words.', {
      maxLength: textLimits.detail,
    }),
    acceptedOn: date('When they accepted the offer; not after startDate or today.'),
    startDate: date('The first working day; not before today.'),
    today: date('The day the documents are written; defaults to the local date.'),
    contractSigned: flag('Kept for older callers: true means acceptance "signed".', false),
    acceptance: choice(acceptances, 'How they said yes.'),
    contractType: choice(contractTypes, 'Permanent or fixed-term.'),
    earlyTerminationClause: flag('Fixed-term only: may the contract be ended early?'),
    trialPeriod: choice(answers, 'Does the contract begin with a trial period?'),
    trialMonths: count('The trial period in whole months.'),
    noticeMonths: count('The employee’s notice in whole months; absent means the law’s default.'),
    collectiveAgreement: choice(answers, 'Does a collective agreement apply?'),
    essentialsAgreed: choice(answers, 'nl: were pay, hours and the start date agreed?'),
    stateEmployer: flag('sv: is the employer the state?'),
    resignedCurrentJob: flag('Have they already resigned from their current job?'),
    counterOffer: flag(
      'Might the employer make a counter-offer? Adds an answer to one and advice.',
      false,
    ),
    keepDoorOpen: flag('Leave the door open for the future?', true),
    place: text('The town on a letter’s date line.', line),
  },
} as const;
