import type { Article, Block } from '@rescind/core';
import { guidePath } from '../routes.ts';

/** A block as one line of plain text, for structured data that has no markup of its own. */
function blockText(block: Block): string {
  return block.type === 'list' ? block.items.join(' ') : block.text;
}

function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

/** One schema.org document for a `<script type="application/ld+json">`. */
export interface JsonLd {
  '@context': 'https://schema.org';
  '@type': string;
  [property: string]: unknown;
}

/**
 * schema.org structured data for the guide, built from the same model the page renders: the steps
 * as a `HowTo` and the questions as an `FAQPage`.
 */
export function guideJsonLd(article: Article, siteUrl: URL): JsonLd[] {
  const pageUrl = new URL(guidePath(article.locale), siteUrl).href;
  const howTo: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: article.title,
    inLanguage: article.locale,
    url: pageUrl,
    // The source's publication date, and the date of this edition's wording.
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.edited ? { dateModified: article.edited } : {}),
    step: article.steps.map((step) => ({
      '@type': 'HowToStep',
      position: step.number,
      name: step.title,
      text: blocksText(step.blocks),
      url: `${pageUrl}#${step.id}`,
    })),
  };
  const faqPage: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: article.locale,
    url: pageUrl,
    mainEntity: article.faq.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: blocksText(faq.answer) },
    })),
  };
  return [howTo, faqPage];
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in the model can
 * close the script element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
