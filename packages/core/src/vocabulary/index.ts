import { type Locale, locales } from '../locales.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';
import type { Vocabulary } from './types.ts';

export type { AvoidedTerm, Vocabulary } from './types.ts';

const byLocale: Record<Locale, Vocabulary> = { sv, nl };

/** The product's words for its domain in one language (see `Vocabulary`). */
export function getVocabulary(locale: Locale): Vocabulary {
  const vocabulary = byLocale[locale];
  if (!vocabulary)
    throw new Error(`Unknown locale "${String(locale)}": use one of ${locales.join(', ')}`);
  return vocabulary;
}
export { type AvoidedTermFound, dutchRegister, findAvoidedTerms } from './check.ts';
