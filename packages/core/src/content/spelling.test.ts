import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../test/spell.ts';
import { getArticle, locales } from '../index.ts';

describe.each(locales)('the words we wrote into the %s article', (locale) => {
  const article = getArticle(locale);

  // Loading a hunspell dictionary takes seconds on a busy machine.
  it('are spelled as a native professional spells them (title and corrections)', {
    timeout: 30_000,
  }, () => {
    const ours = [article.title, ...article.corrections.map((c) => c.correction)];
    expect(misspelledWords(locale, ours.join('\n'))).toEqual([]);
  });
});
