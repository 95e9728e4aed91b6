import type { Article, Correction } from '@rescind/core';
import { stepHeading } from './guide-article.tsx';

/** One change to the source's wording: what was published and what the edition says instead. */
export type Change = Pick<Correction, 'original' | 'correction'>;

/** The changes in one part of the guide, under the title the guide page gives that part. */
export interface ChangeGroup {
  id: string;
  title: string;
  changes: Change[];
}

/** The guide's parts in reading order, titled as the page titles them. Promotions are not parts. */
export function guideOutline(
  article: Article,
  labels: { intro: string; stepLabel: (n: number) => string },
): { id: string; title: string }[] {
  const { groups } = article;
  return [
    { id: 'intro', title: labels.intro },
    groups.reasons,
    ...article.reasons,
    groups.steps,
    ...article.steps.map((step) => ({
      id: step.id,
      title: stepHeading(step.title, labels.stepLabel(step.number)),
    })),
    article.goodFaith,
    groups.channels,
    ...article.channels,
    groups.downsides,
    ...article.downsides,
    article.verdict,
    groups.faq,
    ...article.faq.map((faq) => ({ id: faq.id, title: faq.question })),
  ].map(({ id, title }) => ({ id, title }));
}

/**
 * Every change the edition made to the guide, grouped by the part it is in, each wording once per
 * part however often it occurs there. Changes inside the publisher's promotions are left out, as the
 * promotions themselves are.
 */
export function editionChanges(
  article: Article,
  labels: { intro: string; stepLabel: (n: number) => string },
): ChangeGroup[] {
  return guideOutline(article, labels).flatMap(({ id, title }) => {
    const seen = new Set<string>();
    const changes = article.corrections.flatMap(({ original, correction, sectionId }) => {
      const key = `${original}\u0000${correction}`;
      if (sectionId !== id || seen.has(key)) return [];
      seen.add(key);
      return [{ original, correction }];
    });
    return changes.length > 0 ? [{ id, title, changes }] : [];
  });
}
