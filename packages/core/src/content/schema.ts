import { z } from 'zod';
import { locales } from '../locales.ts';
import { channels } from './channels.ts';
import { channelIds, downsideIds, faqIds, reasonIds, stepIds } from './ids.ts';

/** The one source of the content model's types: every type below is inferred from these schemas. */

export const localeSchema = z.enum(locales);

/** The zod schema of a block of text: a paragraph, a list or a tip. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  z.object({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.string().min(1)).min(1),
  }),
  z.object({ type: z.literal('tip'), text: z.string().min(1) }),
]);

/** The zod schema of a section: its id, title and blocks. */
export const sectionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1),
  blocks: z.array(blockSchema),
});

/** The zod schema of a correction of the source's translation. */
export const correctionSchema = z.object({
  /** The source's words, as published. */
  original: z.string().min(1),
  /** What the guide means, as a native speaker would write it. The model's text uses this. */
  correction: z.string().min(1),
  /** 1-based line in the markdown file where the correction mark starts. */
  line: z.number().int().positive(),
  /** The section the correction sits in (or `intro`). */
  sectionId: z.string().optional(),
});

// Each part of the guide carries its own literal ids, so `article.steps[0].id` is a `StepId`.
/** The zod schema of one of the five reasons. */
export const reasonSchema = sectionSchema.extend({ id: z.enum(reasonIds) });
/** The zod schema of one of the five steps, numbered 1 to 5. */
export const stepSchema = sectionSchema.extend({
  id: z.enum(stepIds),
  number: z.number().int().min(1).max(5),
});
/** The zod schema of a channel's section. */
export const channelSectionSchema = sectionSchema.extend({
  id: z.enum(channelIds),
  channel: z.enum(channels),
});
/** The zod schema of a downside, with the ways to avoid it. */
export const downsideSchema = sectionSchema.extend({
  id: z.enum(downsideIds),
  /** The question that introduces the avoid list ("Hur kan man undvika detta?"). */
  avoidTitle: z.string().min(1),
  avoid: z.array(z.string().min(1)).min(1),
});
/** The zod schema of a question and its answer. */
export const faqSchema = z.object({
  id: z.enum(faqIds),
  question: z.string().min(1),
  answer: z.array(blockSchema).min(1),
});

/**
 * The publisher's promotion of its own product, kept apart from the guide so a frontend can leave
 * it out. A promotion has a title only when the source gave it a heading of its own.
 */
export const promotionSchema = sectionSchema.extend({
  id: z.string().regex(/^promo-[a-z0-9-]+$/),
  title: z.string(),
  /** The guide section it sits in or follows in the source, for a frontend that shows it in place. */
  after: z.string(),
});

/** A heading that groups sections, with the blocks that introduce the group. */
export const groupSchema = sectionSchema;

/** The zod schema of a whole article: the one source of `Article`. */
export const articleSchema = z.object({
  locale: localeSchema,
  title: z.string().min(1),
  /** ISO date the source was published, where known. */
  date: z.iso.date().optional(),
  /** Where the text comes from. */
  source: z.string().optional(),
  /** ISO date this edition's wording was edited (the corrections), where known. */
  edited: z.iso.date().optional(),
  intro: z.array(blockSchema).min(1),
  reasons: z.array(reasonSchema).length(5),
  steps: z.array(stepSchema).length(5),
  goodFaith: sectionSchema.extend({ id: z.literal('good-faith') }),
  channels: z.array(channelSectionSchema).length(4),
  downsides: z.array(downsideSchema).length(5),
  verdict: sectionSchema.extend({ id: z.literal('verdict') }),
  faq: z.array(faqSchema).length(3),
  /** Titles and introductions of the headings that group the reasons, steps, channels, etc. */
  groups: z.object({
    reasons: groupSchema.extend({ id: z.literal('reasons') }),
    steps: groupSchema.extend({ id: z.literal('steps') }),
    channels: groupSchema.extend({ id: z.literal('channels') }),
    downsides: groupSchema.extend({ id: z.literal('downsides') }),
    faq: groupSchema.extend({ id: z.literal('faq') }),
  }),
  promotions: z.array(promotionSchema),
  corrections: z.array(correctionSchema),
});

/**
 * What a consumer sees of the model: every property and array `readonly`, all the way down. The
 * guide `getArticle` returns is one shared, deeply frozen object, and its type says so: an edit is a
 * compile error instead of a `TypeError` at run time (copy it with `structuredClone` to edit).
 */
type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** A block of text: `{type: 'paragraph', text}`, `{type: 'list', ordered, items}` or `{type: 'tip', text}`. */
export type Block = DeepReadonly<z.infer<typeof blockSchema>>;
/** A section of the guide: `{id, title, blocks}`. */
export type Section = DeepReadonly<z.infer<typeof sectionSchema>>;
/** A correction of the source's translation: the original words, what the guide means, and where. */
export type Correction = DeepReadonly<z.infer<typeof correctionSchema>>;
/** One of the five steps, with its `number` and a `StepId`. */
export type Step = DeepReadonly<z.infer<typeof stepSchema>>;
/** The section about one channel, with its `channel` and a `ChannelId`. */
export type ChannelSection = DeepReadonly<z.infer<typeof channelSectionSchema>>;
/** A downside of withdrawing, with `avoidTitle` and the `avoid` list. */
export type Downside = DeepReadonly<z.infer<typeof downsideSchema>>;
/** A question of the FAQ and its answer, with a `FaqId`. */
export type Faq = DeepReadonly<z.infer<typeof faqSchema>>;
/** The publisher's promotion, kept apart from the guide (`article.promotions`). */
export type Promotion = DeepReadonly<z.infer<typeof promotionSchema>>;
/** The guide in one language, `getArticle(locale)`: shared and deeply frozen, so readonly throughout. */
export type Article = DeepReadonly<z.infer<typeof articleSchema>>;
