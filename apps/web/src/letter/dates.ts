import type { Locale } from '@rescind/core';

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
 * A date as people in Sweden and the Netherlands write it, as the ISO date core reads:
 * "2026-12-14", "14-12-2026", "4-1-2027", "14/12/2026", "14.12.2026", "14 december 2026",
 * "den 14 dec. 2026". Day before month whenever the year comes last (both countries write it so).
 * Anything else comes back as typed, so core's message says what is wrong with it; a day that does
 * not exist ("30-2-2027") is passed on as an ISO date for core to refuse in plain words.
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
