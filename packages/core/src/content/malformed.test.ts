import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatDiagnostics, parseArticle, safeParseArticle } from '../parse.ts';

const minimal = readFileSync(join(import.meta.dirname, '__fixtures__/minimal.md'), 'utf8');

/** The minimal article with one passage replaced; fails loudly if the passage is not there. */
function edit(...pairs: [from: string, to: string][]): string {
  return pairs.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  }, minimal);
}

/** What an author sees: the rendered diagnostics of a file that must not parse. */
function diagnose(source: string | Uint8Array, path = 'sv.md'): string {
  try {
    parseArticle(source, { path });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const { diagnostics } = error as ContentError;
    for (const diagnostic of diagnostics) {
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
      expect(diagnostic.severity).toBe('error');
    }
    return formatDiagnostics(diagnostics);
  }
  throw new Error('expected a ContentError, got a model');
}

describe('a malformed article', () => {
  it('parses when nothing is wrong (the fixture every case below breaks)', () => {
    expect(parseArticle(minimal, { path: 'sv.md' }).steps).toHaveLength(5);
  });

  it('names a missing step', () => {
    expect(
      diagnose(edit(['### Steg 3: Agera snabbt {#step-act-fast}\n\nAgera snabbt.\n\n', ''])),
    ).toMatchInlineSnapshot(`
      "sv.md:42:1 error Step 3 is missing: add a \`### … {#step-act-fast}\` heading with its text above this heading  missing-section
      1 error"
    `);
  });

  it('names a duplicate id and the section it leaves missing', () => {
    expect(diagnose(edit(['{#reason-career}', '{#reason-compensation}']))).toMatchInlineSnapshot(`
      "sv.md:14:1-14:35 error Section id "reason-compensation" is already used on line 10: give each heading its own id  duplicate-id
      sv.md:18:1 error Reason 2 is missing: add a \`### … {#reason-career}\` heading with its text above this heading  missing-section
      2 errors"
    `);
  });

  it('names an unknown id', () => {
    expect(diagnose(edit(['{#reason-personal}', '{#reason-family}']))).toMatchInlineSnapshot(`
      "sv.md:26:1-26:32 error Unknown section id "reason-family": use one of reason-compensation, reason-career, reason-better-offer, reason-conditions, reason-personal (all ids are in src/content/ids.ts)  unknown-id
      sv.md:30:1 error Reason 5 is missing: add a \`### … {#reason-personal}\` heading with its text above this heading  missing-section
      2 errors"
    `);
  });

  it('names a heading without an id', () => {
    expect(diagnose(edit([' {#verdict}', '']))).toMatchInlineSnapshot(`
      "sv.md:127:1-127:16 error Heading "Är det okej?" has no id: end it with a group id such as {#steps}  missing-id
      sv.md:131:1 error Section "verdict" is missing: add a \`## … {#verdict}\` heading with its text above this heading  missing-section
      2 errors"
    `);
  });

  it('names an empty section', () => {
    expect(diagnose(edit(['Agera snabbt.\n\n', '']))).toMatchInlineSnapshot(`
      "sv.md:42:1-42:42 error Step 3 has no body: add a paragraph under the heading  empty-section
      1 error"
    `);
  });

  it('names a heading at the wrong level', () => {
    expect(
      diagnose(edit(['### Steg 2: Läs avtalet', '#### Steg 2: Läs avtalet'])),
    ).toMatchInlineSnapshot(`
      "sv.md:36:1-36:42 error Step 2 is a level-4 heading: make it a level-3 heading (\`### … {#step-contract}\`)  heading-level
      1 error"
    `);
  });

  it('names a level-1 heading, whose text belongs in the frontmatter', () => {
    expect(
      diagnose(edit(['Inledningen.', '# Ett litet exempel\n\nInledningen.'])),
    ).toMatchInlineSnapshot(`
      "sv.md:6:1-6:20 error Heading "Ett litet exempel" is a level-1 heading: make it the frontmatter’s \`title:\` (the article has no \`#\` heading) or a \`##\` group  heading-level
      1 error"
    `);
  });

  it('names a section out of order', () => {
    expect(
      diagnose(
        edit(
          ['### Telefon {#channel-phone}', '### Telefon {#channel-meeting}'],
          ['### Möte {#channel-meeting}', '### Möte {#channel-phone}'],
        ),
      ),
    ).toMatchInlineSnapshot(`
      "sv.md:63:1-63:31 error Channel "meeting" comes before Channel "email": move it below, the order is channel-phone, channel-letter, channel-email, channel-meeting  section-order
      sv.md:67:1-67:27 error Channel "letter" comes before Channel "phone": move it below, the order is channel-phone, channel-letter, channel-email, channel-meeting  section-order
      2 errors"
    `);
  });

  it('names a list where a paragraph is required', () => {
    expect(diagnose(edit(['Ibland.', '- Ibland.']))).toMatchInlineSnapshot(`
      "sv.md:129:1-129:10 error Section "verdict" takes paragraphs, not a list: write each item as a paragraph of its own  unexpected-list
      1 error"
    `);
  });

  it('names a paragraph where a list is required', () => {
    expect(
      diagnose(edit(['- Ett\n- Två', 'Ett\n\nTvå'], ['- Ha en plan.', 'Ha en plan.'])),
    ).toMatchInlineSnapshot(`
      "sv.md:60:1-60:4 error Section "good-faith" needs the benefits of good faith as a list here, not a paragraph: start each item with \`- \`  missing-list
      sv.md:118:1-118:12 error Downside 4 needs the ways to avoid it, after a bold question (**…**), as a list here, not a paragraph: start each item with \`- \`  missing-list
      2 errors"
    `);
  });

  it('names frontmatter that is not YAML', () => {
    expect(
      diagnose(edit(['title: Ett litet exempel', 'title: [Ett litet exempel'])),
    ).toMatchInlineSnapshot(`
      "sv.md:3:26 error Frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]): fix the text between the \`---\` lines  bad-frontmatter
      1 error"
    `);
  });

  it('names frontmatter fields that are missing, invalid or unknown', () => {
    expect(
      diagnose(
        edit(
          ['locale: sv\n', ''],
          [
            'title: Ett litet exempel',
            'title: Ett litet exempel\ndate: 10 augusti\nauthor: ClickUp',
          ],
        ),
      ),
    ).toMatchInlineSnapshot(`
      "sv.md:1:1 error Frontmatter has no \`locale\`: write \`locale: sv\` or \`locale: nl\`  bad-frontmatter
      sv.md:3:7 error Frontmatter field \`date\` is invalid: write the publication date as YYYY-MM-DD, or leave the field out  bad-frontmatter
      sv.md:4:9 error Frontmatter has an unknown field \`author\`: remove it (known fields: locale, title, date, source, edited)  bad-frontmatter
      3 errors"
    `);
  });

  it('names missing frontmatter', () => {
    expect(
      diagnose(edit(['---\nlocale: sv\ntitle: Ett litet exempel\n---\n', ''])),
    ).toMatchInlineSnapshot(`
      "sv.md:1:1 error The file has no frontmatter: start it with a \`---\` block that gives \`locale\` and \`title\`, closed by \`---\`  missing-frontmatter
      1 error"
    `);
  });

  it('names a locale that does not match the file', () => {
    expect(diagnose(minimal, 'content/nl.md')).toMatchInlineSnapshot(`
      "content/nl.md:2:9 error Frontmatter says \`locale: sv\` but the file is nl.md: set \`locale: nl\` or move the text to sv.md  locale-mismatch
      1 error"
    `);
  });

  it('names an unclosed correction mark', () => {
    expect(diagnose(edit(['~>e-postmeddelande~~}', '~>e-postmeddelande']))).toMatchInlineSnapshot(`
      "sv.md:73:11 error Correction mark is not closed: end it with \`~~}\` in the same paragraph, outside emphasis  unclosed-correction
      1 error"
    `);
  });

  it('names a correction mark with one side empty', () => {
    expect(diagnose(edit(['{~~mejl~>e-postmeddelande~~}', '{~~mejl~~}']))).toMatchInlineSnapshot(`
      "sv.md:73:11 error Correction mark has no \`~>\` or an empty side: write \`{~~original~>correction~~}\` with text on both sides  bad-correction
      1 error"
    `);
  });

  it('names an unclosed promotion', () => {
    expect(
      diagnose(edit(['Ett verktyg.\n\n<!-- /promotion -->', 'Ett verktyg.'])),
    ).toMatchInlineSnapshot(`
      "sv.md:75:1-75:30 error Promotion "promo-tool" is not closed: add <!-- /promotion --> after its last paragraph  bad-promotion
      1 error"
    `);
  });

  it('names markup the model cannot hold', () => {
    expect(
      diagnose(
        edit(['Ring.', '> Ring.\n\n```\nkod\n```'], ['- Ta hjälp.', '- Ta hjälp.\n\nEfteråt.']),
      ),
    ).toMatchInlineSnapshot(`
      "sv.md:65:1-65:8 error A blockquote that is not a 💡 tip is not part of the article model: use paragraphs, \`- \` lists or a \`> 💡\` tip  unsupported-markup
      sv.md:67:1-69:4 error A code block is not part of the article model: use paragraphs, \`- \` lists or a \`> 💡\` tip  unsupported-markup
      sv.md:131:1-131:9 error Downside 5 continues after its avoid list: move this above the bold question  trailing-content
      3 errors"
    `);
  });

  it('names a promotion marker without a promo- id', () => {
    expect(
      diagnose(edit(['<!-- promotion promo-tool -->', '<!-- promotion -->'])),
    ).toMatchInlineSnapshot(`
      "sv.md:75:1-75:19 error Promotion marker has no id: write <!-- promotion promo-name -->  bad-promotion
      1 error"
    `);
  });

  it('names a file that is not UTF-8', () => {
    const latin1 = Uint8Array.from(Buffer.from(minimal, 'latin1'));
    expect(diagnose(latin1)).toMatchInlineSnapshot(`
      "sv.md:8:6 error The file is not UTF-8 (byte 0xE4 cannot be read): save it as UTF-8  not-utf8
      1 error"
    `);
  });

  it('names an empty file', () => {
    expect(diagnose('')).toMatchInlineSnapshot(`
      "sv.md:1:1 error The file is empty: write the frontmatter (locale, title) and the article  empty-file
      1 error"
    `);
    expect(diagnose(new Uint8Array())).toBe(diagnose(' \n\n'));
  });

  it('reports every problem at once, never a partial model', () => {
    const result = safeParseArticle(
      edit(
        ['Agera snabbt.\n\n', ''],
        ['Ibland.', '- Ibland.'],
        ['{#reason-personal}', '{#reason-family}'],
      ),
      { path: 'sv.md' },
    );
    expect(result.success).toBe(false);
    expect(result).not.toHaveProperty('article');
    if (!result.success) {
      expect(result.diagnostics.map((d) => d.code)).toEqual(
        expect.arrayContaining([
          'empty-section',
          'unexpected-list',
          'unknown-id',
          'missing-section',
        ]),
      );
    }
  });
});
