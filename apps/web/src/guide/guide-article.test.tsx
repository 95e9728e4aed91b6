import { getArticle, locales, sectionIds } from '@rescind/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { aboutPath } from './about-route.ts';
import { GuideArticle, stepHeading } from './guide-article.tsx';

/** The guide as the browser receives it, parsed back into a DOM-less list of what matters. */
function render(locale: 'sv' | 'nl') {
  const html = renderToStaticMarkup(<GuideArticle locale={locale} article={getArticle(locale)} />);
  const count = (pattern: RegExp) => html.match(pattern)?.length ?? 0;
  return { html, count };
}

describe.each(locales)('the %s guide page', (locale) => {
  const article = getArticle(locale);
  const { html, count } = render(locale);

  it('shows the five steps as one numbered list, in order', () => {
    const stepList = html.slice(html.indexOf('<ol', html.indexOf('id="steps"')));
    const ids = [...stepList.matchAll(/<h3 id="(step-[a-z-]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      'step-reflect',
      'step-contract',
      'step-act-fast',
      'step-alternatives',
      'step-announce',
    ]);
  });

  it('puts the FAQ in three disclosure widgets', () => {
    expect(count(/<details [^>]*id="faq-/g)).toBe(3);
    for (const faq of article.faq) expect(html).toContain(`<summary>${faq.question}</summary>`);
  });

  it('compares the four channels in one table, each row linking to the pre-set generator', () => {
    expect(count(/<tr>/g)).toBe(5);
    for (const channel of ['phone', 'letter', 'email', 'meeting']) {
      expect(html).toContain(`?channel=${channel}`);
    }
  });

  it('lists how to avoid each downside', () => {
    for (const downside of article.downsides) {
      expect(html).toContain(downside.avoidTitle);
      for (const item of downside.avoid) expect(html).toContain(escapeHtml(item));
    }
  });

  it('leaves the publisher’s promotions out', () => {
    for (const promotion of article.promotions) {
      for (const block of promotion.blocks) {
        if (block.type !== 'list') expect(html).not.toContain(escapeHtml(block.text));
      }
    }
  });

  it('shows the edited text only, with no editor’s note and none of the source’s wording', () => {
    // Corrections inside the left-out promotions are not on the page at all.
    const rendered = new Set<string>(['intro', ...sectionIds]);
    const shown = article.corrections.filter((c) => rendered.has(c.sectionId ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    for (const correction of shown) expect(html).toContain(escapeHtml(correction.correction));
    // An original that survives elsewhere in the edited text (a word the edition kept) proves nothing.
    const text = visibleText(html);
    const replaced = shown.filter(
      (c) =>
        !shown.some((other) => other.correction.includes(c.original)) && c.original.length > 12,
    );
    expect(replaced.length).toBeGreaterThan(shown.length / 2);
    for (const correction of replaced) expect(text).not.toContain(correction.original);
    expect(html).not.toMatch(/Redaktionell rättelse|Redactionele correctie|<small>/);
  });

  it('credits the source as an edited edition and links to the list of changes', () => {
    expect(article.source).toBeTruthy();
    expect(article.edited).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const credit = html.slice(html.lastIndexOf('<p class="'));
    expect(credit).toContain(escapeHtml(article.source ?? ''));
    expect(credit).toMatch(
      locale === 'sv'
        ? /Redigerad utgåva, \d{1,2} \p{L}+ \d{4}\./u
        : /Bewerkte editie van \d{1,2} \p{L}+ \d{4}\./u,
    );
    expect(credit).toContain(`href="${aboutPath(locale)}"`);
    expect(credit).not.toMatch(/exporterad|geëxporteerd|ren text|platte tekst/);
  });
});

describe('a step heading', () => {
  it('keeps the number the source gave it and adds one where it is missing', () => {
    expect(stepHeading('Steg 3: Agera snabbt', 'Steg 3')).toBe('Steg 3: Agera snabbt');
    expect(stepHeading('Handel snel', 'Stap 3')).toBe('Stap 3: Handel snel');
  });
});

/** The page's text as a reader sees it: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
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
    .replace(/"/g, '&quot;');
}
