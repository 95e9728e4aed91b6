import type { Article, Block } from './schema.ts';

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
}

/**
 * Every piece of text a reader can see in an article, in reading order of the model: headings,
 * paragraphs, tips, list items, promotions. The title is left out (it is ours, not the source's).
 * Search indexes and word checks build on it.
 */
export function articleTexts(article: Article): string[] {
  const { groups } = article;
  const section = (s: { title: string; blocks: readonly Block[] }) => [
    s.title,
    ...blockTexts(s.blocks),
  ];
  return [
    ...blockTexts(article.intro),
    ...section(groups.reasons),
    ...article.reasons.flatMap(section),
    ...section(groups.steps),
    ...article.steps.flatMap(section),
    ...section(article.goodFaith),
    ...section(groups.channels),
    ...article.channels.flatMap(section),
    ...section(groups.downsides),
    ...article.downsides.flatMap((downside) => [
      ...section(downside),
      downside.avoidTitle,
      ...downside.avoid,
    ]),
    ...section(article.verdict),
    ...section(groups.faq),
    ...article.faq.flatMap((faq) => [faq.question, ...blockTexts(faq.answer)]),
    ...article.promotions.flatMap(section),
  ].filter((text) => text !== '');
}
