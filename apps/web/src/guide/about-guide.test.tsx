import { getArticle, locales } from '@rescind/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDictionary } from '../i18n/index.ts';
import { AboutGuide } from './about-guide.tsx';
import { editionChanges } from './edition-changes.ts';

describe.each(locales)('the %s about page', (locale) => {
  const article = getArticle(locale);
  const t = getDictionary(locale);
  const html = renderToStaticMarkup(<AboutGuide locale={locale} article={article} />);
  const labels = { intro: t.about.introPart, stepLabel: t.guide.stepLabel };
  const promotionIds = new Set(article.promotions.map((promotion) => promotion.id));
  const inGuide = article.corrections.filter((c) => !promotionIds.has(c.sectionId ?? ''));

  const listed = listedChanges(html);

  it('says it is an edited edition of the named source, and when it was edited', () => {
    expect(html).toContain(`<h1>${t.about.title}</h1>`);
    expect(html).toContain(escapeHtml(t.about.lead));
    const facts = Object.fromEntries(
      [...html.matchAll(/<dt>([^<]+)<\/dt><dd>([^<]+)<\/dd>/g)].map((m) => [
        m[1],
        decode(m[2] ?? ''),
      ]),
    );
    expect(facts[t.about.facts.source]).toBe(article.source);
    expect(facts[t.about.facts.edited]).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
  });

  it('lists every change to the guide under its part, original beside edited, labelled', () => {
    expect(inGuide.length).toBeGreaterThan(100);
    const missing = inGuide.filter(
      (c) =>
        !listed
          .get(c.sectionId ?? '')
          ?.some((pair) => pair.original === c.original && pair.edited === c.correction),
    );
    expect(missing).toEqual([]);
    for (const pair of [...listed.values()].flat()) {
      expect(pair.labels).toEqual([t.about.original, t.about.edited]);
      expect(pair.langs).toEqual([locale, locale]);
    }
  });

  it('titles each part as the guide does and links it to that part of the guide', () => {
    expect(html).toContain(
      `<a href="/${locale}/#reasons">${escapeHtml(article.groups.reasons.title)}</a>`,
    );
    expect(html).toMatch(
      new RegExp(`<a href="/${locale}/#step-reflect">${t.guide.stepLabel(1)}[^<]*</a>`),
    );
  });

  it('leaves out the changes made inside the promotions', () => {
    const inPromotions = article.corrections.filter((c) => promotionIds.has(c.sectionId ?? ''));
    expect(inPromotions.length).toBeGreaterThan(0);
    expect([...listed.keys()].filter((id) => promotionIds.has(id))).toEqual([]);
    expect(listed.size).toBe(new Set(inGuide.map((c) => c.sectionId)).size);
  });

  it('counts the changes it lists', () => {
    const count = [...listed.values()].flat().length;
    expect(count).toBe(editionChanges(article, labels).reduce((n, g) => n + g.changes.length, 0));
    expect(html).toContain(escapeHtml(t.about.changesIntro(count)));
  });
});

describe('the list of changes', () => {
  it('gives each wording once per part, in the order of the guide', () => {
    const article = getArticle('sv');
    const change = { original: 'a', correction: 'b', line: 1 };
    const groups = editionChanges(
      {
        ...article,
        corrections: [
          { ...change, sectionId: 'faq-legal' },
          { ...change, sectionId: 'intro' },
          { ...change, line: 9, sectionId: 'intro' },
          { ...change, sectionId: 'promo-docs' },
        ],
      },
      { intro: 'Inledning', stepLabel: (n) => `Steg ${n}` },
    );
    expect(groups.map((group) => [group.id, group.changes.length])).toEqual([
      ['intro', 1],
      ['faq-legal', 1],
    ]);
    expect(groups[0]?.title).toBe('Inledning');
  });
});

interface ListedChange {
  labels: string[];
  langs: string[];
  original: string;
  edited: string;
}

/** The changes as the page lists them, by the id of the part they are listed under. */
function listedChanges(html: string): Map<string, ListedChange[]> {
  const quote = '<dt>([^<]*)</dt><dd><blockquote lang="([a-z]+)"><p>(.*?)</p></blockquote></dd>';
  const pair = new RegExp(`${quote}</div><div class="[^"]*">${quote}`, 'g');
  const parts = html.split('<h3 id="changes-').slice(1);
  return new Map(
    parts.map((part) => [
      part.slice(0, part.indexOf('"')),
      [...part.matchAll(pair)].map((m) => ({
        labels: [m[1] ?? '', m[4] ?? ''],
        langs: [m[2] ?? '', m[5] ?? ''],
        original: decode(m[3] ?? ''),
        edited: decode(m[6] ?? ''),
      })),
    ]),
  );
}

/** Markup text back to the text it says. */
function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Text as React escapes it in markup. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}
