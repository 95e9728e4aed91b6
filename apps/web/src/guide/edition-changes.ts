import {
  type Article,
  editionChanges as coreEditionChanges,
  type EditionChange,
} from '@rescind/core';
import { stepHeading } from './guide-article.tsx';

/** One change to the source's wording: what was published and what the edition says instead. */
export type Change = EditionChange;

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
 * Every change the edition made to the guide (core's `editionChanges`), under the title the guide
 * page gives each part.
 */
export function editionChanges(
  article: Article,
  labels: { intro: string; stepLabel: (n: number) => string },
): ChangeGroup[] {
  const titles = new Map(guideOutline(article, labels).map(({ id, title }) => [id, title]));
  return coreEditionChanges(article).map(({ id, changes }) => ({
    id,
    title: titles.get(id) ?? id,
    changes,
  }));
}
