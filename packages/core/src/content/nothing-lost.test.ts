import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../locales.ts';
import { parseArticle } from '../parse.ts';
import { articleTexts } from './article-text.ts';

const here = import.meta.dirname;
const read = (path: string) => readFileSync(join(here, path), 'utf8');

/**
 * Words the export added that are not the guide's: the Swedish page's metadata on line 1
 * (`date 2024-08-10`), whose date now lives in the frontmatter. Nothing else may differ.
 */
const exportArtifacts: Record<Locale, string[]> = {
  sv: ['date', '2024-08-10'],
  nl: [],
};

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const words = (text: string): string[] => text.normalize('NFC').match(wordPattern) ?? [];

function count(list: readonly string[], sign: 1 | -1, into = new Map<string, number>()) {
  for (const word of list) into.set(word, (into.get(word) ?? 0) + sign);
  return into;
}

/** Words with a count other than zero: positive = only in the model, negative = only in the source. */
function difference(model: readonly string[], source: readonly string[]): Record<string, number> {
  const counts = count(source, -1, count(model, 1));
  return Object.fromEntries([...counts].filter(([, n]) => n !== 0));
}

/** How many words of `from` are not kept, in order, in `to` (a word-level longest common subsequence). */
function dropped(from: readonly string[], to: readonly string[]): number {
  let previous = new Array<number>(to.length + 1).fill(0);
  for (const word of from) {
    const row = [0];
    for (let j = 0; j < to.length; j++)
      row.push(
        word === to[j] ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0),
      );
    previous = row;
  }
  return from.length - (previous[to.length] ?? 0);
}

function withoutArtifacts(locale: Locale, list: string[]): string[] {
  const artifacts = [...exportArtifacts[locale]];
  return list.filter((word) => {
    const index = artifacts.indexOf(word);
    if (index === -1) return true;
    artifacts.splice(index, 1);
    return false;
  });
}

describe.each(locales)('the %s article', (locale) => {
  const path = `${locale}.md`;
  const markdown = read(`../../content/${locale}.md`);
  const source = withoutArtifacts(locale, words(read(`__fixtures__/source/${locale}.txt`)));
  const article = parseArticle(markdown, { path });

  it('keeps every word of the source, as many times, and invents none', () => {
    const corrected = article.corrections.flatMap((c) => words(c.correction));
    const originals = article.corrections.flatMap((c) => words(c.original));
    const model = [...articleTexts(article).flatMap(words), ...originals];
    for (const word of corrected) model.splice(model.indexOf(word), 1);
    expect(difference(model, source)).toEqual({});
  });

  it('keeps the words in the source’s order in the markdown', () => {
    const body = markdown
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\{#[^}]*\}/g, '')
      .replace(/\{~~([\s\S]*?)~>[\s\S]*?~~\}/g, '$1');
    expect(words(body)).toEqual(source);
  });

  // The edition is a post-edit of a machine translation: most sentences change, the structure and
  // the advice stay. The figure is the share of the guide's source words (promotions left out, as
  // they are never shown) that the edition replaced or dropped.
  it('reports how much of the guide the edition edited', () => {
    const guide = article.corrections.filter((c) => !c.sectionId?.startsWith('promo-'));
    const edited = guide.reduce(
      (sum, c) => sum + dropped(words(c.original), words(c.correction)),
      0,
    );
    const shown = articleTexts({ ...article, promotions: [] }).flatMap(words).length;
    const sourceWords = guide.reduce(
      (sum, c) => sum + words(c.original).length - words(c.correction).length,
      shown,
    );
    const ratio = edited / sourceWords;
    console.log(
      `${locale}: ${edited} of ${sourceWords} source words of the guide edited (${(ratio * 100).toFixed(1)} %)`,
    );
    expect(ratio).toBeGreaterThan(0.2);
    expect(ratio).toBeLessThan(0.8);
  });

  it('keeps ClickUp’s promotion out of the guide sections', () => {
    const guide = articleTexts({ ...article, promotions: [] });
    expect(guide.filter((text) => text.includes('ClickUp'))).toEqual([]);
    expect(article.promotions.map((promotion) => promotion.id)).toEqual([
      'promo-tools',
      'promo-docs',
      'promo-brain',
      'promo-read-also',
      'promo-closing',
    ]);
  });
});
