import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../locales.ts';
import { parseArticle } from '../parse.ts';
import type { Article } from './schema.ts';

describe.each(locales)('the %s article written by another editor', (locale) => {
  const path = `${locale}.md`;
  const markdown = readFileSync(join(import.meta.dirname, `../../content/${path}`), 'utf8');
  const expected = parseArticle(markdown, { path });

  it.each([
    ['CRLF line endings', markdown.replaceAll('\n', '\r\n')],
    ['a UTF-8 byte order mark', `\uFEFF${markdown}`],
    ['trailing spaces and tabs', markdown.replaceAll('\n', '  \t\n')],
    ['decomposed (NFD) characters', markdown.normalize('NFD')],
  ])('gives the same model with %s', (_, variant) => {
    expect(variant).not.toBe(markdown);
    expect(parseArticle(variant, { path })).toEqual(expected);
  });

  it('gives the same model with extra blank lines, only the corrections’ lines move', () => {
    const spaced = parseArticle(markdown.replace(/\n\n(?!-)/g, '\n\n\n\n'), { path });
    const withoutLines = (article: Article) => ({
      ...article,
      corrections: article.corrections.map(({ line: _, ...rest }) => rest),
    });
    expect(withoutLines(spaced)).toEqual(withoutLines(expected));
  });

  it('gives the same model from UTF-8 bytes as from text', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${markdown.replaceAll('\n', '\r\n')}`);
    expect(parseArticle(bytes, { path })).toEqual(expected);
  });
});
