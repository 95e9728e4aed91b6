import type { Locale } from '../locales.ts';

/** Month names as people write them, lower case; "maj"/"mei" and short forms included. */
const monthNames: Record<Locale, readonly string[][]> = {
  sv: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['mars', 'mar'],
    ['april', 'apr'],
    ['maj'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augusti', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  nl: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt', 'mar'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as a person in Sweden or the Netherlands types it into a form, as the ISO date
 * (`YYYY-MM-DD`) that `LetterInput` takes: "2026-12-14", "14-12-2026", "4-1-2027", "14/12/2026",
 * "14.12.2026", "14 december 2026", "den 14 dec. 2026", "1 mrt 2027". The day comes before the month
 * whenever the year comes last, as both countries write it; month names are the locale's, in full
 * or short, in any case.
 *
 * Anything else comes back trimmed but otherwise as typed, so that `validateLetterInput` can say
 * in the person's language what is wrong with it, and a day that does not exist ("30-2-2027") comes
 * back as an ISO date ("2027-02-30") for the same reason: this function reads forms, it does not
 * check the calendar.
 *
 * @example
 * ```ts
 * import { normalizeDate } from '@rescind/core/letter';
 *
 * console.log(normalizeDate('4-1-2027', 'nl')); // 2027-01-04
 * console.log(normalizeDate('den 14 december 2026', 'sv')); // 2026-12-14
 * // What it cannot read comes back as typed, for the input check to explain.
 * console.log(normalizeDate('nästa vecka', 'sv')); // nästa vecka
 * ```
 */
export function normalizeDate(text: string, locale: Locale): string {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(typed);
  if (numeric) return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  const words = /^(?:den\s+)?(\d{1,2})\.?\s+([\p{L}]+)\.?\s+(\d{4})$/iu.exec(typed);
  if (words) {
    const name = (words[2] ?? '').toLowerCase();
    const month = monthNames[locale].findIndex((forms) => forms.includes(name));
    if (month >= 0) return `${words[3]}-${pad(month + 1)}-${pad(Number(words[1]))}`;
  }
  return typed;
}
