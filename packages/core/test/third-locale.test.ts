/**
 * A third language, walked with a fixture locale that is not shipped (`da`, Danish): what a
 * contributor adds, and the checks that tell them what is still missing. See "Adding a language"
 * in the README; the compile errors are pinned in `third-locale.test-d.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, safeParseArticle } from '../src/parse.ts';
import { formGaps } from '../src/vocabulary/form-gaps.ts';
import { svForm } from '../src/vocabulary/form-sv.ts';

const content = join(import.meta.dirname, '../content');
const parsed = (file: string, text = readFileSync(join(content, file), 'utf8')) => {
  const result = safeParseArticle(text, { path: file });
  if (!result.success) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return { path: file, anchors: result.anchors };
};

describe('adding a language (fixture: da, not shipped)', () => {
  it('1. the article: the parser asks for the locale to be added to `locales`', () => {
    const danish = readFileSync(join(content, 'sv.md'), 'utf8').replace('locale: sv', 'locale: da');
    const result = safeParseArticle(danish, { path: 'da.md' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.diagnostics[0]).toMatchObject({
        path: 'da.md',
        line: 2,
        code: 'bad-frontmatter',
      });
      expect(result.diagnostics[0]?.message).toContain('`locale: sv` or `locale: nl`');
    }
  });

  it('1. the article: every section it lacks is named, with the heading to add', () => {
    // The draft translation, with the last FAQ entry not written yet (as `sv` until `locales` has `da`).
    const sv = readFileSync(join(content, 'sv.md'), 'utf8');
    const draft = sv.slice(0, sv.lastIndexOf('\n###', sv.indexOf('{#faq-other-offer}')));
    const result = safeParseArticle(draft, { path: 'da.md' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toContain(
        'missing-section: Question 3 is missing: add a `### … {#faq-other-offer}` heading with its text at the end of the file',
      );
    }
    // Once complete, `checkLocales` compares its sections with the other languages'.
    expect(checkLocales([parsed('sv.md'), parsed('nl.md')])).toEqual([]);
  });

  it('3. the form words: every missing label, hint and why is listed', () => {
    const started = { fields: { 'applicant.name': svForm.fields['applicant.name'] }, choices: {} };
    const gaps = formGaps(started);
    expect(gaps).toContain('fields.startDate.label');
    expect(gaps).toContain('choices.channels.phone.hint');
    expect(gaps).not.toContain('fields.applicant.name.label');
    // A complete language has none.
    expect(formGaps(svForm)).toEqual([]);
  });
});
