import type { Channel, Locale } from '@rescind/core';
import { channels } from '@rescind/core';

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
] as const;

export const flagFields = ['contractSigned', 'counterOffer', 'keepDoorOpen'] as const;

export type TextField = (typeof textFields)[number];
export type FlagField = (typeof flagFields)[number];
export type FieldName = TextField | FlagField;
export type FormValues = { [K in TextField]: string } & { [K in FlagField]: boolean };

/** Choice fields: an empty choice means "not chosen" and is left out, so core reports it as missing. */
const choiceFields: ReadonlySet<TextField> = new Set([
  'recipient.salutation',
  'channel',
  'reason',
  'formality',
]);

/** A fresh form: the common case pre-chosen (an e-mail, formal), the rest left to the person. */
export function emptyValues(): FormValues {
  const values = Object.fromEntries(textFields.map((name) => [name, ''])) as {
    [K in TextField]: string;
  };
  return {
    ...values,
    channel: 'email',
    formality: 'formal',
    contractSigned: false,
    counterOffer: false,
    keepDoorOpen: true,
  };
}

/** The answers as the nested object core's `validateLetterInput` reads. */
export function toRawInput(values: FormValues, locale: Locale): Record<string, unknown> {
  const raw: Record<string, unknown> = { locale };
  for (const name of textFields) {
    const value = values[name];
    if (value === '' && choiceFields.has(name)) continue;
    setPath(raw, name, value);
  }
  for (const name of flagFields) setPath(raw, name, values[name]);
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
