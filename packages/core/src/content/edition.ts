import { isRecord, mistake } from '../developer-errors.ts';
import type { Article } from './schema.ts';

/** One change the edition made to the source's wording: what was published, what it says now. */
export interface EditionChange {
  original: string;
  correction: string;
}

/** The changes in one section of the guide, under the title the model gives that section. */
export interface EditionSection {
  /** The section id, or `intro` for the text before the first heading. */
  id: string;
  /** The section's title; the introduction has none, and a step's carries no number. */
  title?: string;
  changes: EditionChange[];
}

/**
 * Every change the edition made to the guide, by section in the guide's reading order, each wording
 * once per section however often it occurs there. Changes inside the publisher's promotions are left
 * out, as the promotions themselves are. A frontend lists them as "original beside edited".
 *
 * @example
 * ```ts
 * import { editionChanges, getArticle } from '@rescind/core';
 *
 * for (const section of editionChanges(getArticle('nl'))) {
 *   console.log(section.id, section.changes.length);
 * }
 * ```
 * @throws {TypeError} when given anything but an article.
 */
export function editionChanges(article: Article): EditionSection[] {
  if (!isRecord(article) || !isRecord(article.groups) || !Array.isArray(article.corrections)) {
    throw new TypeError(
      mistake(
        'editionChanges',
        'article',
        'an Article, as getArticle or parseArticle return',
        article,
      ),
    );
  }
  const { groups } = article;
  const outline: { id: string; title?: string }[] = [
    { id: 'intro' },
    groups.reasons,
    ...article.reasons,
    groups.steps,
    ...article.steps,
    article.goodFaith,
    groups.channels,
    ...article.channels,
    groups.downsides,
    ...article.downsides,
    article.verdict,
    groups.faq,
    ...article.faq.map((faq) => ({ id: faq.id, title: faq.question })),
  ];
  return outline.flatMap(({ id, title }) => {
    const seen = new Set<string>();
    const changes = article.corrections.flatMap(({ original, correction, sectionId }) => {
      const key = `${original}\u0000${correction}`;
      if (sectionId !== id || seen.has(key)) return [];
      seen.add(key);
      return [{ original, correction }];
    });
    if (changes.length === 0) return [];
    return [title === undefined ? { id, changes } : { id, title, changes }];
  });
}
