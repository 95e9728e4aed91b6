import {
  type Article,
  type Block,
  editionChanges as coreEditionChanges,
  type Downside,
  type EditionChange,
  type Faq,
  groupIds,
  type Section,
  type Step,
} from '@rescind/core';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { channelComparison } from './channel-table.ts';
import { blank, type Line, type LineStyle } from './lines.ts';
import { displayWidth, wrap } from './wrap.ts';

/** The parts of the guide a reader picks from: the introduction and the article's groups. */
export const partIds = ['intro', ...groupIds] as const;
export type PartId = (typeof partIds)[number];

/**
 * What the reader's list offers: the guide's parts, then "about this guide", which says what the
 * edition is and lists each change. That last entry is about the guide, not in it: the printed
 * guide and the search leave it out.
 */
export type ReaderPartId = PartId | 'about';

export interface Part {
  id: ReaderPartId;
  title: string;
}

type GuideLabels = UiMessages['guide'];

/** The reader's table of contents. Promotions are not a part: the guide leaves them out. */
export function guideParts(labels: GuideLabels): Part[] {
  return [
    ...partIds.map((id) => ({ id, title: id === 'intro' ? labels.intro : labels.groups[id] })),
    { id: 'about', title: labels.about.title },
  ];
}

function lines(texts: string[], style: LineStyle): Line[] {
  return texts.map((text) => ({ text, style }));
}

function blockLines(block: Block, width: number): Line[] {
  switch (block.type) {
    case 'paragraph':
      return [...lines(wrap(block.text, width), 'body'), blank];
    case 'tip':
      // The guide's tips carry their own label ("Proffstips:"), so they are set apart by style only.
      return [...lines(wrap(block.text, width), 'tip'), blank];
    case 'list':
      return [
        ...block.items.flatMap((item, index) =>
          lines(wrap(item, width, { prefix: block.ordered ? `${index + 1}. ` : '• ' }), 'body'),
        ),
        blank,
      ];
  }
}

function sectionLines(section: Section, heading: string, width: number): Line[] {
  return [
    ...lines(wrap(heading, width), 'subheading'),
    ...section.blocks.flatMap((block) => blockLines(block, width)),
  ];
}

function downsideLines(downside: Downside, width: number, labels: GuideLabels): Line[] {
  return [
    ...sectionLines(downside, downside.title, width),
    ...lines(wrap(`${labels.howToAvoid}:`, width), 'body'),
    ...downside.avoid.flatMap((item) => lines(wrap(item, width, { prefix: '• ' }), 'body')),
    blank,
  ];
}

function faqLines(faq: Faq, width: number): Line[] {
  return [
    ...lines(wrap(faq.question, width), 'subheading'),
    ...faq.answer.flatMap((block) => blockLines(block, width)),
  ];
}

function stepLines(step: Step, width: number): Line[] {
  // The steps are the guide's order of work: number them even where a title has no number.
  return sectionLines(step, `${step.number}. ${step.title}`, width);
}

/**
 * Every change the edition made to the guide (core's `editionChanges`), under the title the reader
 * shows each section, steps numbered.
 */
export function editionChanges(
  article: Article,
  labels: GuideLabels,
): { id: string; title: string; changes: EditionChange[] }[] {
  const steps = new Map<string, string>(
    article.steps.map((step) => [step.id, `${step.number}. ${step.title}`]),
  );
  return coreEditionChanges(article).map(({ id, title, changes }) => ({
    id,
    title: id === 'intro' ? labels.intro : (steps.get(id) ?? title ?? id),
    changes,
  }));
}

function longDate(locale: Article['locale'], isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * "About this guide" as lines: what the edition is, its source and dates, then each change with the
 * original wording above the edited one, each after its label (no colour needed to tell them apart).
 */
export function aboutLines(article: Article, width: number, labels: GuideLabels): Line[] {
  const t = labels.about;
  const facts: [string, string | undefined][] = [
    [t.facts.source, article.source],
    [t.facts.published, article.date && longDate(article.locale, article.date)],
    [t.facts.edited, article.edited && longDate(article.locale, article.edited)],
  ];
  const groups = editionChanges(article, labels);
  const count = groups.reduce((sum, group) => sum + group.changes.length, 0);
  // Both labels as wide as the longer, so the two wordings start in the same column.
  const labelWidth = Math.max(displayWidth(t.original), displayWidth(t.edited)) + 2;
  const quote = (label: string, text: string, style: LineStyle) =>
    lines(wrap(text, width, { prefix: `${label}:`.padEnd(labelWidth) }), style);
  return [
    ...lines(wrap(t.lead, width), 'body'),
    blank,
    ...facts.flatMap(([term, value]) =>
      value ? lines(wrap(value, width, { prefix: `${term}: ` }), 'body') : [],
    ),
    blank,
    ...t.body.flatMap((paragraph) => [...lines(wrap(paragraph, width), 'body'), blank]),
    ...lines(wrap(t.changes, width), 'heading'),
    ...lines(wrap(t.changesIntro(count), width), 'body'),
    blank,
    ...groups.flatMap((group) => [
      ...lines(wrap(group.title, width), 'subheading'),
      ...group.changes.flatMap((change) => [
        ...quote(t.original, change.original, 'body'),
        ...quote(t.edited, change.correction, 'body'),
        blank,
      ]),
    ]),
  ];
}

/**
 * One part of the guide as lines wrapped to `width`, starting with its heading unless the caller
 * shows the title elsewhere (the reader's title bar).
 */
export function partLines(
  article: Article,
  part: ReaderPartId,
  width: number,
  messages: UiMessages,
  options: { heading?: boolean } = {},
): Line[] {
  const labels = messages.guide;
  const title =
    part === 'intro' ? labels.intro : part === 'about' ? labels.about.title : labels.groups[part];
  const heading = options.heading === false ? [] : [...lines(wrap(title, width), 'heading'), blank];
  const body = (
    sections: readonly Section[],
    headingOf: (section: Section) => string = (s) => s.title,
  ) => sections.flatMap((section) => sectionLines(section, headingOf(section), width));
  switch (part) {
    case 'intro':
      return [...heading, ...article.intro.flatMap((block) => blockLines(block, width))];
    case 'reasons':
      return [...heading, ...body(article.reasons)];
    case 'steps':
      return [...heading, ...article.steps.flatMap((step) => stepLines(step, width))];
    case 'good-faith':
      return [...heading, ...body([article.goodFaith], () => article.goodFaith.title)];
    case 'channels':
      return [
        ...heading,
        ...lines(wrap(labels.comparison, width), 'subheading'),
        ...channelComparison(width, labels.table, messages.choices.channel),
        blank,
        ...body(article.channels),
      ];
    case 'downsides':
      return [...heading, ...article.downsides.flatMap((d) => downsideLines(d, width, labels))];
    case 'verdict':
      return [...heading, ...body([article.verdict], () => article.verdict.title)];
    case 'faq':
      return [...heading, ...article.faq.flatMap((faq) => faqLines(faq, width))];
    case 'about':
      return [...heading, ...aboutLines(article, width, labels)];
  }
}

/** The whole guide, title first, promotions left out. */
export function guideLines(article: Article, width: number, messages: UiMessages): Line[] {
  return [
    ...lines(wrap(article.title, width), 'title'),
    blank,
    ...partIds.flatMap((part) => partLines(article, part, width, messages)),
  ];
}

/** Every id `--section` accepts: the parts above and each section's own id. */
export function sectionIdsOf(article: Article): string[] {
  return [
    ...partIds,
    ...article.reasons.map((s) => s.id),
    ...article.steps.map((s) => s.id),
    ...article.channels.map((s) => s.id),
    ...article.downsides.map((s) => s.id),
    ...article.faq.map((s) => s.id),
  ];
}

/**
 * One part or one section of the guide as lines, or `undefined` when the id names neither. A
 * single section keeps what belongs to it: a step its number, a downside its "how to avoid it".
 */
export function sectionLinesById(
  article: Article,
  id: string,
  width: number,
  messages: UiMessages,
): Line[] | undefined {
  const part = partIds.find((candidate) => candidate === id);
  if (part) return partLines(article, part, width, messages);
  const labels = messages.guide;
  const step = article.steps.find((s) => s.id === id);
  if (step) return stepLines(step, width);
  const downside = article.downsides.find((s) => s.id === id);
  if (downside) return downsideLines(downside, width, labels);
  const faq = article.faq.find((s) => s.id === id);
  if (faq) return faqLines(faq, width);
  const section = [...article.reasons, ...article.channels].find((s) => s.id === id);
  return section && sectionLines(section, section.title, width);
}
