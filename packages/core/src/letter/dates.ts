import { mistake, requireLocale } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';

/** A calendar date as the engine handles it: no time, no time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** Reads `YYYY-MM-DD`; `undefined` when the text is not in that form. Does not check the calendar. */
export function readIsoDate(text: string): CalendarDate | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Is this a day that exists (no 31 April, 29 February only in leap years)? */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function toUtc(iso: string, caller: string): number {
  const date = typeof iso === 'string' ? readIsoDate(iso) : undefined;
  if (!date) throw new RangeError(mistake(caller, 'the date', "an ISO date ('YYYY-MM-DD')", iso));
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); both ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to, 'daysBetween') - toUtc(from, 'daysBetween')) / msPerDay);
}

/** Today in the local time zone as `YYYY-MM-DD`: the date the person sees on their calendar. */
export function localIsoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const intlLocales: Record<Locale, string> = { sv: 'sv-SE', nl: 'nl-NL' };
const longFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

/**
 * The locale's long date format, made the first time a date is written: a page's first
 * `Intl.DateTimeFormat` costs tens of milliseconds on a phone, and a form that imports the
 * vocabulary (and through it this module) may never write a date before the person acts.
 */
function longFormat(locale: Locale): Intl.DateTimeFormat {
  longFormats[locale] ??= new Intl.DateTimeFormat(intlLocales[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return longFormats[locale];
}

const formatted = new Map<string, string>();

/**
 * A date as running text writes it: sv "21 november 2026" (the phrasebook adds "den"),
 * nl "21 november 2026".
 *
 * @example
 * ```ts
 * import { formatLongDate } from '@rescind/core/letter';
 *
 * console.log(formatLongDate('sv', '2026-12-01'), '/', formatLongDate('nl', '2026-12-01')); // 1 december 2026 / 1 december 2026
 * ```
 */
export function formatLongDate(locale: Locale, iso: string): string {
  const key = `${locale}${iso}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const format = longFormat(requireLocale('formatLongDate', locale));
    text = format.format(new Date(toUtc(iso, 'formatLongDate')));
    // Intl formatting is the slowest step of a letter, and a session uses a handful of dates.
    if (formatted.size > 1000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}
