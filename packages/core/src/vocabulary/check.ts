import { requireLocale, requireText } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';
import type { AvoidedTerm, Vocabulary } from './types.ts';

const byLocale: Record<Locale, Vocabulary> = { sv, nl };

/** One avoided term found in a text by `findAvoidedTerms`: the term, where, and what to write instead. */
export interface AvoidedTermFound {
  term: AvoidedTerm;
  /** The words as they stand in the text. */
  found: string;
  /** UTF-16 offset into the text. */
  index: number;
}

/** Text in quotation marks is quoted, not said: a message may name the word it warns about. */
const quoted = /”[^”\n]*”|“[^”\n]*”|„[^”“\n]*[”“]|‘[^’\n]*’|«[^»\n]*»|"[^"\n]*"/gu;

/** The terms of `text` that the locale's vocabulary marks as wrong, outside quotation marks.
 *
 * @example
 * ```ts
 * import { findAvoidedTerms } from '@rescind/core/vocabulary';
 *
 * for (const { found, term } of findAvoidedTerms('nl', 'Ik wil mijn sollicitatie intrekken.')) {
 *   console.log(found, '→', term.instead);
 * }
 * ```
 * @throws {RangeError} for a locale rescind does not speak; {TypeError} when `text` is not a string.
 */
export function findAvoidedTerms(locale: Locale, text: string): AvoidedTermFound[] {
  const { avoid } = byLocale[requireLocale('findAvoidedTerms', locale)];
  const said = requireText('findAvoidedTerms', text).replace(quoted, (match) =>
    ' '.repeat(match.length),
  );
  const found: AvoidedTermFound[] = [];
  for (const term of avoid) {
    const pattern = new RegExp(term.pattern.source, `${term.pattern.flags.replace('g', '')}g`);
    for (const match of said.matchAll(pattern))
      found.push({
        term,
        found: text.slice(match.index, match.index + match[0].length),
        index: match.index,
      });
  }
  return found.sort((a, b) => a.index - b.index);
}

const je = /\b(?:je|jij|jou|jouw|jezelf|jullie)\b/iu;
const u = /(?<![\p{L}'’-])(?:u|uw|uzelf)(?![\p{L}'’-])/iu;

/**
 * Which form of address a Dutch text uses: `je` (informal), `u` (formal), `mixed` when it uses both,
 * or `undefined` when it addresses no one. Quoted text is left out.
 *
 * @example
 * ```ts
 * import { dutchRegister } from '@rescind/core/vocabulary';
 *
 * console.log(dutchRegister('Kunt u mij bellen?'), dutchRegister('Kun je mij bellen?')); // 'u' 'je'
 * ```
 * @throws {TypeError} when `text` is not a string.
 */
export function dutchRegister(text: string): 'je' | 'u' | 'mixed' | undefined {
  const said = requireText('dutchRegister', text).replace(quoted, ' ');
  const informal = je.test(said);
  const formal = u.test(said);
  if (informal && formal) return 'mixed';
  if (informal) return 'je';
  if (formal) return 'u';
  return undefined;
}
