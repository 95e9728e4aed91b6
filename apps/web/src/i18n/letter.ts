import type { Locale } from '@rescind/core';
import type { LetterDictionary } from './dictionary.ts';
import { nlLetter } from './letter-nl.ts';
import { svLetter } from './letter-sv.ts';

const letterDictionaries: Record<Locale, LetterDictionary> = { sv: svLetter, nl: nlLetter };

/**
 * The letter generator's strings alone: the client island imports this rather than the whole
 * dictionary, so the guide's text never travels to the browser as JavaScript.
 */
export function getLetterDictionary(locale: Locale): LetterDictionary {
  return letterDictionaries[locale];
}
