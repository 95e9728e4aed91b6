import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, formatDiagnostics, safeParseArticle } from '../parse.ts';

const minimal = readFileSync(join(import.meta.dirname, '__fixtures__/minimal.md'), 'utf8');

function document(path: string, source: string) {
  const result = safeParseArticle(source, { path });
  if (!result.success) throw new Error(formatDiagnostics(result.diagnostics));
  return { path, anchors: result.anchors };
}

describe('checkLocales', () => {
  it('accepts the two real articles: the same sections and promotions in both', () => {
    const documents = ['sv', 'nl'].map((locale) => {
      const path = `content/${locale}.md`;
      return document(path, readFileSync(join(import.meta.dirname, '../..', path), 'utf8'));
    });
    expect(checkLocales(documents)).toEqual([]);
  });

  it('names the file, line and id of a section the other language lacks', () => {
    const sv = document('sv.md', minimal);
    const nl = document(
      'nl.md',
      minimal
        .replace('locale: sv', 'locale: nl')
        .replace('<!-- promotion promo-tool -->\n\nEtt verktyg.\n\n<!-- /promotion -->', '')
        .replace(
          'Träffas.',
          'Träffas.\n\n<!-- promotion promo-extra -->\n\nMer.\n\n<!-- /promotion -->',
        ),
    );
    expect(formatDiagnostics(checkLocales([sv, nl]))).toMatchInlineSnapshot(`
      "nl.md:81:1 error Section "promo-extra" is missing from sv.md: add it there or remove it here  locale-sections
      sv.md:75:1 error Section "promo-tool" is missing from nl.md: add it there or remove it here  locale-sections
      2 errors"
    `);
  });
});
