import type { Channel, Locale } from '@rescind/core';
import { channels } from '@rescind/core';
import { type FieldNeed, fieldNeeds, normalizeDate } from '@rescind/core/letter';
import { letterInputJsonSchema } from '@rescind/core/vocabulary';

/**
 * The letter form's answers, keyed by `LetterInput` field path. The same paths are the controls'
 * `name` attributes, the keys in localStorage and the `path` of core's validation issues, so an
 * issue finds its field without a lookup table.
 */
export const textFields = [
  'applicant.name',
  'applicant.email',
  'applicant.phone',
  'applicant.address',
  'recipient.name',
  'recipient.salutation',
  'recipient.greetingName',
  'recipient.title',
  'recipient.company',
  'recipient.email',
  'recipient.address',
  'position',
  'acceptedOn',
  'startDate',
  'place',
  'channel',
  'reason',
  'reasonDetail',
  'formality',
  // The law's questions (issue 11): choices and whole months, all optional.
  'acceptance',
  'contractType',
  'earlyTerminationClause',
  'trialPeriod',
  'trialMonths',
  'noticeMonths',
  'collectiveAgreement',
  'essentialsAgreed',
] as const;

export const flagFields = [
  'counterOffer',
  'keepDoorOpen',
  'stateEmployer',
  'resignedCurrentJob',
] as const;

export type TextField = (typeof textFields)[number];
export type FlagField = (typeof flagFields)[number];
export type FieldName = TextField | FlagField;
export type FormValues = { [K in TextField]: string } & { [K in FlagField]: boolean };

/**
 * Choice fields (radios and lists): an empty choice means "not chosen" and is left out, so core
 * reports it as missing, and a missing one is asked for as "choose an answer", not "fill in".
 */
export const choiceFields: ReadonlySet<string> = new Set<TextField>([
  'recipient.salutation',
  'channel',
  'reason',
  'formality',
  'acceptance',
  'contractType',
  'trialPeriod',
  'collectiveAgreement',
  'essentialsAgreed',
  'earlyTerminationClause',
]);

/** Answers in whole months: the control holds text, core wants a number. */
const monthFields: ReadonlySet<TextField> = new Set(['trialMonths', 'noticeMonths']);

/** The questions that follow from an earlier answer, or belong to one country's law only. */
export type ConditionalField =
  | 'earlyTerminationClause'
  | 'trialMonths'
  | 'essentialsAgreed'
  | 'stateEmployer';

/**
 * Whether the form asks a question, given the answers so far. A question not asked is not sent
 * either, so a stale answer (a clause of a contract since marked permanent) never reaches core.
 */
export function isAsked(name: FieldName, values: FormValues, locale: Locale): boolean {
  if (need(name, values, locale) === 'unused') return false;
  switch (name as ConditionalField) {
    case 'earlyTerminationClause':
      return values.contractType === 'fixed-term';
    case 'trialMonths':
      return values.trialPeriod === 'yes';
    // Dutch law: without a signature, a contract exists only once pay, hours and start are agreed.
    case 'essentialsAgreed':
      return locale === 'nl' && (values.acceptance === 'spoken' || values.acceptance === 'email');
    // Swedish state employees must resign in writing.
    case 'stateEmployer':
      return locale === 'sv';
    default:
      return true;
  }
}

type NeedsField = keyof ReturnType<typeof fieldNeeds>;

/** The channel chosen, or the form's default while none is. */
export function chosenChannel(values: FormValues): Channel {
  return channels.find((channel) => channel === values.channel) ?? 'email';
}

type Schema = { properties?: Record<string, Schema>; required?: readonly string[] };

/** The fields core always requires, by path (`applicant.name`), read from its JSON Schema. */
function requiredPaths(schema: Schema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) => {
    if (value.properties) return requiredPaths(value, `${prefix}${key}.`);
    return schema.required?.includes(key) ? [`${prefix}${key}`] : [];
  });
}
const alwaysRequired: ReadonlySet<string> = new Set(
  requiredPaths(letterInputJsonSchema as unknown as Schema),
);

/**
 * How much the engine needs a field for this language and channel (`fieldNeeds`); a field it
 * does not list is `required` if core's schema always requires it, and otherwise optional (`null`).
 */
export function need(name: FieldName, values: FormValues, locale: Locale): FieldNeed | null {
  const needs = fieldNeeds(locale, chosenChannel(values));
  if (name in needs) return needs[name as NeedsField];
  return alwaysRequired.has(name) ? 'required' : null;
}

/** Dates typed as the person writes them; core reads ISO. */
const dateFields: ReadonlySet<TextField> = new Set(['startDate', 'acceptedOn']);

/**
 * A month count as core reads it: digits become a number; anything else is passed on as typed, so
 * core's message ("write a whole number") names the field in the page's language.
 */
function months(value: string): number | string {
  const trimmed = value.trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A yes/no/don't-know answer for a yes-or-no field: "don't know" is no answer. */
function yesNo(value: string): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

/** A fresh form: the common case pre-chosen (an e-mail, formal), the rest left to the person. */
export function emptyValues(): FormValues {
  const values = Object.fromEntries(textFields.map((name) => [name, ''])) as {
    [K in TextField]: string;
  };
  return {
    ...values,
    channel: 'email',
    formality: 'formal',
    counterOffer: false,
    keepDoorOpen: true,
    stateEmployer: false,
    resignedCurrentJob: false,
  };
}

/** The answers as the nested object core's `validateLetterInput` reads. */
export function toRawInput(values: FormValues, locale: Locale): Record<string, unknown> {
  const raw: Record<string, unknown> = { locale };
  for (const name of textFields) {
    const value = values[name];
    if (!isAsked(name, values, locale)) continue;
    if (value === '' && (choiceFields.has(name) || monthFields.has(name))) continue;
    if (name === 'earlyTerminationClause') {
      const clause = yesNo(value);
      if (clause !== undefined) raw[name] = clause;
    } else if (monthFields.has(name)) {
      raw[name] = months(value);
    } else if (dateFields.has(name)) {
      setPath(raw, name, normalizeDate(value, locale));
    } else {
      setPath(raw, name, value);
    }
  }
  for (const name of flagFields) {
    if (isAsked(name, values, locale)) setPath(raw, name, values[name]);
  }
  return raw;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = (target[head] ?? {}) as Record<string, unknown>;
  target[head] = child;
  setPath(child, rest.join('.'), value);
}

/**
 * Answers read back from storage. Anything unexpected (an old shape, a hand-edited value) is
 * dropped field by field, so one bad entry never costs the person the rest of their answers.
 */
export function restoreValues(stored: unknown): FormValues {
  const values = emptyValues();
  if (stored === null || typeof stored !== 'object') return values;
  const record = stored as Record<string, unknown>;
  for (const name of textFields) {
    const value = record[name];
    if (typeof value === 'string') values[name] = value;
  }
  for (const name of flagFields) {
    const value = record[name];
    if (typeof value === 'boolean') values[name] = value;
  }
  // Saved before the form asked how the person said yes: the old box meant a signed contract.
  if (record.contractSigned === true && values.acceptance === '') values.acceptance = 'signed';
  return values;
}

/** The channel a guide link asked for (`?channel=phone`), if it names one. */
export function channelFromSearch(search: string): Channel | null {
  const value = new URLSearchParams(search).get('channel');
  return channels.find((channel) => channel === value) ?? null;
}

/** The DOM id of a field's control; dots are valid in ids but awkward in CSS and fragment links. */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}
