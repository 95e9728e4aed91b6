import { isLocale, type Locale, locales } from './locales.ts';

/**
 * A developer's mistakes (a wrong call shape, an unknown locale, an option of the wrong type) are
 * reported in English, for the developer who reads them, in one shape: the function, what it was
 * given, and what to pass instead: `generateLetter: locale must be 'sv' or 'nl', got 'de'.`
 * A person's own mistakes (a missing name, a date that does not exist) keep their messages in the
 * person's language.
 */

const longest = 40;

/** A value as a message shows it: quoted and escaped when text, cut short, never its contents. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    // JSON escapes line breaks and control characters, so a hostile value stays on one line.
    const cut = value.length > longest ? `${value.slice(0, longest)}…` : value;
    return `'${JSON.stringify(cut).slice(1, -1).replaceAll("'", "\\'")}'`;
  }
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return 'a Date';
  return 'an object';
}

/** `'sv' or 'nl'`: the choices a value must be one of. */
export function oneOf(choices: readonly string[]): string {
  const quoted = choices.map((choice) => `'${choice}'`);
  return quoted.length <= 1
    ? (quoted[0] ?? 'nothing')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** `caller: what must be expected, got shown(value).` */
export function mistake(caller: string, what: string, expected: string, value: unknown): string {
  return `${caller}: ${what} must be ${expected}, got ${shown(value)}.`;
}

/** The locale choices, as every locale message states them. */
export const localeChoices = oneOf(locales);

/** Is `value` an object one can read options or fields from (not null, not an array)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` if it is a locale rescind speaks, else a `RangeError` that says which to pass. */
export function requireLocale(caller: string, value: unknown, what = 'locale'): Locale {
  if (!isLocale(value)) throw new RangeError(mistake(caller, what, localeChoices, value));
  return value;
}

/** `value` if it is text, else a `TypeError` that says so. */
export function requireText(caller: string, value: unknown, what = 'text'): string {
  if (typeof value !== 'string') throw new TypeError(mistake(caller, what, 'a string', value));
  return value;
}
