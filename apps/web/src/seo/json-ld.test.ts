import { getArticle, locales } from '@rescind/core';
import { describe, expect, it } from 'vitest';
import { guideJsonLd, serializeJsonLd } from './json-ld.ts';

const site = new URL('https://rescind.example');

describe.each(locales)('the %s guide’s structured data', (locale) => {
  const [howTo, faqPage] = guideJsonLd(getArticle(locale), site);

  it('is a HowTo of the five steps, in order, each linked to its section', () => {
    expect(howTo?.['@type']).toBe('HowTo');
    const steps = howTo?.step as { position: number; url: string; text: string }[];
    expect(steps.map((step) => step.position)).toEqual([1, 2, 3, 4, 5]);
    expect(steps[2]?.url).toBe(`https://rescind.example/${locale}/#step-act-fast`);
    expect(steps.every((step) => step.text.length > 40)).toBe(true);
  });

  it('dates the HowTo by this edition’s wording', () => {
    const article = getArticle(locale);
    expect(howTo?.dateModified).toBe(article.edited);
    expect(howTo?.datePublished).toBe(article.date);
  });

  it('is an FAQPage of the three questions with their answers', () => {
    expect(faqPage?.['@type']).toBe('FAQPage');
    const questions = faqPage?.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    expect(questions).toHaveLength(3);
    expect(questions.every((q) => q.name.endsWith('?') && q.acceptedAnswer.text !== '')).toBe(true);
  });
});

describe('serialized structured data', () => {
  it('cannot close its script element, whatever the text holds', () => {
    const json = serializeJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      name: '</script><script>alert(1)</script>',
    });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});
