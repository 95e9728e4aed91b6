import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateContent } from '../scripts/generate-content.ts';

const minimal = readFileSync(
  join(import.meta.dirname, '../src/content/__fixtures__/minimal.md'),
  'utf8',
);
const dirs: string[] = [];

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-content-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content generator', () => {
  it('writes a typed module with both articles', () => {
    const dir = contentDir({
      'sv.md': minimal,
      'nl.md': minimal.replace('locale: sv', 'locale: nl'),
    });
    const generated = generateContent(dir);
    expect(generated.ok).toBe(true);
    if (generated.ok) {
      expect(generated.module).toContain('export const articles: Record<Locale, Article> = {');
      expect(generated.perLocale.nl).toContain('"locale": "nl"');
    }
  });

  it('fails with every problem of every file, rendered for the terminal', () => {
    const dir = contentDir({
      'sv.md': minimal.replace('Ibland.', '- Ibland.'),
      'nl.md': minimal
        .replace('locale: sv', 'locale: nl')
        .replace('### Steg 3: Agera snabbt {#step-act-fast}\n\nAgera snabbt.\n\n', ''),
    });
    const generated = generateContent(dir);
    expect(generated.ok).toBe(false);
    if (!generated.ok) {
      const where = relative(process.cwd(), dir);
      expect(generated.report.replaceAll(where, '<content>')).toMatchInlineSnapshot(`
        "<content>/nl.md:42:1 error Step 3 is missing: add a \`### … {#step-act-fast}\` heading with its text above this heading  missing-section
        <content>/sv.md:129:1-129:10 error Section "verdict" takes paragraphs, not a list: write each item as a paragraph of its own  unexpected-list
        2 errors"
      `);
    }
  });
});
