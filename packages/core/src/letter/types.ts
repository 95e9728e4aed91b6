import type { SectionId } from '../content/ids.ts';
import type { Position } from './position/types.ts';

/**
 * The letter engine's public output types. `LetterInput` itself is inferred from
 * `letterInputSchema` in `./input.ts`.
 */

export type DocumentKind = 'email' | 'letter' | 'call-script' | 'meeting-notes';

export interface LetterDocument {
  kind: DocumentKind;
  /** A short name for the document in the input's language ("E-post", "Belscript"). */
  title: string;
  /** The subject line, for documents that are sent (e-mail, letter). */
  subject?: string;
  /** The whole document as plain text, lines ending in `\n`. */
  text: string;
  /** The same document as CommonMark. */
  markdown: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A piece of advice from the guide for this person's situation, in the input's language. */
export interface Advice {
  code: string;
  severity: Severity;
  message: string;
  /** The guide section the advice comes from. */
  sectionId: SectionId;
}

export interface LetterResult {
  documents: LetterDocument[];
  /** The guide's advice for this situation, most urgent first. */
  advice: Advice[];
  /** Where the person stands under Swedish or Dutch employment law; see `assessPosition`. */
  position: Position;
}

/** What `lintLetter` says of a draft; `start`/`end` are UTF-16 offsets into the text checked. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  sectionId: SectionId;
  start?: number;
  end?: number;
}

/** An e-mail address with an optional display name. */
export interface Address {
  name?: string;
  email: string;
}

/** One problem with a person's answers: the field path (`applicant.name`), and a localized message. */
export interface InputIssue {
  path: string;
  code: string;
  message: string;
}
