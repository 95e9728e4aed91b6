import type { Locale } from '@rescind/core';
import type { Dictionary } from './dictionary.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';

export type { Dictionary, FollowUpKey, LetterDictionary } from './dictionary.ts';

const dictionaries: Record<Locale, Dictionary> = { sv, nl };

/** The site's strings in one locale. */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
