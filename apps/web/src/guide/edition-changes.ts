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

/**
 * Every change the edition made to the guide (core's `editionChanges`), under the title the guide
 * page gives each part.
 */
export function editionChanges(
  article: Article,
  labels: { intro: string; stepLabel: (n: number) => string },
): ChangeGroup[] {
  // Core titles each section as the model does; the page words the introduction and numbers
  // the steps.
  const steps = new Map<string, string>(
    article.steps.map((step) => [step.id, stepHeading(step.title, labels.stepLabel(step.number))]),
  );
  return coreEditionChanges(article).map(({ id, title, changes }) => ({
    id,
    title: id === 'intro' ? labels.intro : (steps.get(id) ?? title ?? id),
    changes,
  }));
}
