import type { Root, RootContent } from 'mdast';
import type { Locale } from '../locales.ts';
import type { Correction } from './schema.ts';

/** Where a node starts and ends in the file, as remark records it. */
export type Position = NonNullable<Root['position']>;
export type Point = Position['start'];

/** The frontmatter fields once checked: what the article takes from them. */
export interface Frontmatter {
  locale: Locale;
  title: string;
  date?: string;
  source?: string;
  edited?: string;
}

/** A stretch of the file between promotion markers, lifted out of the guide. */
export interface PromotionRegion {
  id: string;
  /** The guide section it sits in or follows. */
  after: string;
  position: Position;
  nodes: RootContent[];
}

// What the plugins hand on to each other through `file.data`, typed once here.
declare module 'vfile' {
  interface DataMap {
    frontmatter: Frontmatter;
    corrections: Correction[];
    promotionRegions: PromotionRegion[];
    /** Where each section and promotion id is declared, for cross-locale checks. */
    anchors: Record<string, Point>;
    /** The model before schema validation; set only when the mapping found no problem. */
    article: unknown;
  }
}

declare module 'mdast' {
  interface HeadingData {
    /** The stable section id written as `{#id}` at the end of the heading. */
    id?: string;
  }
}
