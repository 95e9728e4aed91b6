import { getArticle, locales } from '@rescind/core';
import { describe, expect, it } from 'vitest';
import { uiMessages } from '../i18n/messages.ts';
import { guideLines, guideParts, partLines } from './guide.ts';
import { searchGuide } from './search.ts';
import { displayWidth } from './wrap.ts';

/** Wrapped lines back to running text: the reader sees the same words, only broken differently. */
function runningText(lines: readonly { text: string }[]): string {
  return lines
    .map((line) => line.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(locales)('the %s guide’s “about” part', (locale) => {
  const article = getArticle(locale);
  const messages = uiMessages[locale];
  const t = messages.guide.about;
  const lines = partLines(article, 'about', 40, messages, { heading: false });
  const text = runningText(lines);
  const promotionIds = new Set(article.promotions.map((promotion) => promotion.id));

  it('is the last entry of the list of parts', () => {
    const parts = guideParts(messages.guide);
    expect(parts.at(-1)).toEqual({ id: 'about', title: t.title });
  });

  it('says what the edition is, its source and when it was edited', () => {
    expect(text).toContain(t.lead);
    expect(text).toContain(`${t.facts.source}: ${article.source}`);
    expect(text).toMatch(new RegExp(`${t.facts.edited}: \\d{1,2} \\p{L}+ \\d{4}`, 'u'));
  });

  it('lists each change to the guide, the original after its label and then the edited text', () => {
    const inGuide = article.corrections.filter((c) => !promotionIds.has(c.sectionId ?? ''));
    expect(inGuide.length).toBeGreaterThan(100);
    const missing = inGuide.filter(
      (c) =>
        !text.includes(`${t.original}: ${squash(c.original)} ${t.edited}: ${squash(c.correction)}`),
    );
    expect(missing).toEqual([]);
  });

  it('titles the changes by the sections they are in and leaves the promotions’ changes out', () => {
    const subheadings = runningText(lines.filter((line) => line.style === 'subheading'));
    expect(subheadings.startsWith(`${messages.guide.intro} `)).toBe(true);
    expect(subheadings).toContain(article.goodFaith.title);
    expect(subheadings).toContain(`1. ${article.steps[0]?.title}`);
    const inPromotions = article.corrections.filter((c) => promotionIds.has(c.sectionId ?? ''));
    expect(inPromotions.length).toBeGreaterThan(0);
    for (const c of inPromotions) {
      const listedElsewhere = article.corrections.some(
        (other) =>
          !promotionIds.has(other.sectionId ?? '') &&
          other.original === c.original &&
          other.correction === c.correction,
      );
      const pair = `${t.original}: ${squash(c.original)} ${t.edited}: ${squash(c.correction)}`;
      if (!listedElsewhere) expect(text).not.toContain(pair);
    }
  });

  it('fits 40 columns', () => {
    expect(lines.filter((line) => displayWidth(line.text) > 40)).toEqual([]);
  });

  it('is not part of the printed guide or its search', () => {
    const printed = runningText(guideLines(article, 80, messages));
    expect(printed).not.toContain(t.lead);
    expect(searchGuide(article, t.lead, 80, messages)).toEqual([]);
  });
});
