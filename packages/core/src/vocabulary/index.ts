import { isLocale, type Locale, locales } from '../locales.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';
import type { Vocabulary } from './types.ts';

export type { AvoidedTerm, Vocabulary } from './types.ts';

const byLocale: Record<Locale, Vocabulary> = { sv, nl };

/** The product's words for its domain in one language (see `Vocabulary`). */
export function getVocabulary(locale: Locale): Vocabulary {
  if (!isLocale(locale)) {
    throw new RangeError(
      `getVocabulary: unknown locale ${JSON.stringify(locale)}; pass one of ${locales.map((l) => `"${l}"`).join(', ')}.`,
    );
  }
  return byLocale[locale];
}
export { type AvoidedTermFound, dutchRegister, findAvoidedTerms } from './check.ts';
