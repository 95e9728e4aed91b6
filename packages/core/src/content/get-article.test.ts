import { describe, expect, it } from 'vitest';
import { channels, getArticle, locales } from '../index.ts';

describe.each(locales)('getArticle(%s)', (locale) => {
  const article = getArticle(locale);

  it('holds the whole guide', () => {
    expect(article.locale).toBe(locale);
    expect(article.intro.length).toBeGreaterThan(0);
    expect(article.reasons).toHaveLength(5);
    expect(article.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5]);
    const benefits = article.goodFaith.blocks.find((block) => block.type === 'list');
    expect(benefits?.type === 'list' && benefits.items).toHaveLength(5);
    expect(article.channels.map((channel) => channel.channel)).toEqual([...channels]);
    expect(article.downsides).toHaveLength(5);
    for (const downside of article.downsides) {
      expect(downside.avoidTitle).toMatch(/\?$/);
      expect(downside.avoid.length).toBeGreaterThanOrEqual(2);
    }
    expect(article.faq.map((faq) => faq.question)).toHaveLength(3);
    expect(article.faq.every((faq) => faq.question.endsWith('?'))).toBe(true);
  });

  it('numbers the steps in their titles as the guide does', () => {
    for (const step of article.steps) expect(step.title).toContain(`${step.number}:`);
  });

  it('keeps the tips as tips, without the 💡 marker', () => {
    const tips = [...article.steps, ...article.channels].flatMap((section) =>
      section.blocks.filter((block) => block.type === 'tip'),
    );
    expect(tips).toHaveLength(2);
    for (const tip of tips) expect(tip.text).not.toContain('💡');
  });

  it('keeps the promotions apart, each tagged with where it stood', () => {
    expect(article.promotions.map((promotion) => [promotion.id, promotion.after])).toEqual([
      ['promo-tools', 'channel-email'],
      ['promo-docs', 'channel-email'],
      ['promo-brain', 'channel-email'],
      ['promo-read-also', 'channel-meeting'],
      ['promo-closing', 'verdict'],
    ]);
  });
});

describe('the corrections', () => {
  it('corrects each of the eight Dutch translation errors, keeping the original beside it', () => {
    const { corrections } = getArticle('nl');
    // The errors listed with the sources (shared/articles/README.md), each where it stands.
    const errors: [sectionId: string, wrong: string][] = [
      ['step-reflect', 'Nog te doen'],
      ['step-alternatives', 'je ervan zullen weerhouden om de nieuwe baan te accepteren'],
      ['channel-email', 'om een baan aan te nemen'],
      ['promo-docs', 'ontslagmail'],
      ['downside-future', 'Nog te doen'],
      ['downside-finances', 'voorwaarde'],
      ['downside-finances', 'back-up abonnement'],
      ['promo-closing', 'Vervind'],
    ];
    for (const [sectionId, wrong] of errors) {
      const fixed = corrections.find(
        (c) =>
          c.sectionId === sectionId && c.original.includes(wrong) && !c.correction.includes(wrong),
      );
      expect(fixed, `${sectionId}: “${wrong}” is corrected`).toBeDefined();
    }
  });

  it('uses the corrections, never the errors, in the Dutch text', () => {
    const text = JSON.stringify({ ...getArticle('nl'), corrections: [] });
    for (const wrong of [
      'Nog te doen',
      'ontslagmail',
      'back-up abonnement',
      'financiële voorwaarde',
      'Vervind',
    ]) {
      expect(text).not.toContain(wrong);
    }
  });

  it('never has the Swedish reader “withdraw a job offer”, which is what an employer does', () => {
    const text = JSON.stringify({ ...getArticle('sv'), corrections: [] });
    expect(text).not.toMatch(/återkall\w* (ett |det här )?(jobb)?erbjudande/);
    expect(getArticle('sv').corrections.length).toBeGreaterThan(10);
  });

  it('says when the Swedish source was published; the Dutch one does not say', () => {
    expect(getArticle('sv').date).toBe('2024-08-10');
    expect(getArticle('nl').date).toBeUndefined();
  });

  it('refuses a locale it does not speak, saying which ones it does', () => {
    expect(() => getArticle('en' as never)).toThrow(
      "getArticle: locale must be 'sv' or 'nl', got 'en'.",
    );
  });
});

describe('the shared guide', () => {
  it('cannot be changed by one caller under another', () => {
    const article = getArticle('sv');
    expect(getArticle('sv')).toBe(article);
    expect(() => {
      (article.steps[0] as { title: string }).title = 'Hacked';
    }).toThrow(TypeError);
    expect(() => (article.steps as unknown[]).push({})).toThrow(TypeError);
    expect(Object.isFrozen(article.steps[0]?.blocks[0])).toBe(true);
    expect(getArticle('sv').steps[0]?.title).not.toBe('Hacked');
  });
});
