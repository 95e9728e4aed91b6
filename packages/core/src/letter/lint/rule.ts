import type { SectionId } from '../../content/ids.ts';
import type { Detail, LintCode } from './catalogue.ts';
import type { LintContext } from './context.ts';

/** One thing a rule found: a catalogue code, where, and what the message should quote. */
export interface Hit extends Detail {
  code: LintCode;
  start?: number;
  end?: number;
  /** When the guide has a more precise section than the catalogue's default. */
  sectionId?: SectionId;
}

/** A check of a draft against one piece of the guide's advice. */
export interface Rule {
  name: string;
  check(context: LintContext): Hit[];
}
