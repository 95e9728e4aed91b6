import type { Article } from '@rescind/core';
import type { UiMessages } from '../i18n/ui-messages.ts';
import type { Hit } from '../state/guide.ts';
import { partIds, partLines } from './guide.ts';

/**
 * Every line of the guide, as laid out at `width`, that contains `query` (ignoring case). Lines, not
 * words, because the reader scrolls by line; a phrase broken across two lines is not found.
 */
export function searchGuide(
  article: Article,
  query: string,
  width: number,
  messages: UiMessages,
): Hit[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  return partIds.flatMap((part, index) =>
    partLines(article, part, width, messages, { heading: false }).flatMap((line, lineIndex) =>
      line.text.toLocaleLowerCase().includes(needle) ? [{ part: index, line: lineIndex }] : [],
    ),
  );
}
