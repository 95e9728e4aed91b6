import { dutchRegister, findAvoidedTerms, locales } from '@rescind/core';
import { getFormVocabulary } from '@rescind/core/vocabulary';
import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../test/spell.ts';
import { getDictionary } from './index.ts';

/** Every string a dictionary can produce; phrase functions are called with neutral arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // Phrases take counts or text we supply; "2" works as both and is not a word to spell-check.
    return [String((value as (...args: unknown[]) => unknown)('2', '2'))];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(locales)('the %s interface text', (locale) => {
  const t = getDictionary(locale);
  // The language switch names the other language in that language (and is marked up with its lang).
  const { switchLanguage: _, ...nav } = t.nav;
  const all = [...strings({ ...t, nav }), t.letter.errorCount(1)];

  it('has no empty string', () => {
    expect(all.filter((text) => text.trim() === '')).toEqual([]);
  });

  it('is spelled as a native writer spells it', { timeout: 30_000 }, () => {
    expect(misspelledWords(locale, all.join('\n'))).toEqual([]);
  });

  it('uses only the locale’s own quotation marks', () => {
    const straight = all.filter((text) => /"/.test(text));
    expect(straight).toEqual([]);
  });
});

describe('the Swedish interface', () => {
  it('addresses the reader as "du", never the capitalised "Du" mid-sentence or "Ni"', () => {
    const text = strings(getDictionary('sv')).join('\n');
    expect(text).not.toMatch(/[a-zåäö,] Du\b/);
    expect(text).not.toMatch(/\b[Nn]i\b/);
  });
});

describe('the Dutch interface', () => {
  it('speaks to the reader as "je" only, never mixing in "u" or "uw"', () => {
    // "u" is only ever named, quoted, where the form explains the formal register.
    const text = strings(getDictionary('nl'))
      .join('\n')
      .replace(/‘u’|\(u\)/g, '');
    expect(text.match(/\b(?:uw|u)\b/g)).toBeNull();
  });
});

describe.each(locales)('the %s interface text and the product’s vocabulary', (locale) => {
  const all = strings(getDictionary(locale));

  it('uses no term the vocabulary marks as wrong for the locale', () => {
    const wrong = all.flatMap((text) => findAvoidedTerms(locale, text).map((found) => found.found));
    expect(wrong).toEqual([]);
  });
});

describe('the Dutch interface text', () => {
  it('addresses the reader as je, never u, in every string', () => {
    const mixed = strings(getDictionary('nl')).filter(
      (text) => !['je', undefined].includes(dutchRegister(text)),
    );
    expect(mixed).toEqual([]);
  });
});

describe.each(locales)('the %s letter page and core’s form words', (locale) => {
  it('name no field and no choice a second time: the form takes them from core', () => {
    // Core's label, hint and why for every field, and label and hint for every choice.
    const core = new Set(strings(getFormVocabulary(locale)).map((text) => text.trim()));
    const twice = strings(getDictionary(locale).letter).filter((text) => core.has(text.trim()));
    expect(twice).toEqual([]);
  });
});
