import type { Channel } from '../content/channels.ts';
import type { SectionId } from '../content/ids.ts';
import type { AdviceCode } from './advice.ts';
import type { InputRule } from './input-messages.ts';
import type { LintCode } from './lint/catalogue.ts';
import type { Position } from './position/types.ts';

/**
 * The letter engine's public output types. `LetterInput` itself is inferred from
 * `letterInputSchema` in `./input.ts`.
 */

export type DocumentKind = 'email' | 'letter' | 'call-script' | 'meeting-notes';

interface DocumentBase<K extends DocumentKind> {
  /** What the document is; narrow on it (`if (doc.kind === 'email') doc.subject`). */
  kind: K;
  /** A short name for the document in the input's language ("E-post", "Belscript"). */
  title: string;
  /** The whole document as plain text, lines ending in `\n`. */
  text: string;
  /** The same document as CommonMark, with everything the person typed escaped. */
  markdown: string;
}

/** A document that is sent: an e-mail (`text` is its body) or a posted letter (`text` includes the subject line). */
export interface SentDocument<K extends 'email' | 'letter' = 'email' | 'letter'>
  extends DocumentBase<K> {
  /** The subject line. */
  subject: string;
}

/** A document that is read from or glanced at: a call script or meeting notes. */
export interface SpokenDocument<
  K extends 'call-script' | 'meeting-notes' = 'call-script' | 'meeting-notes',
> extends DocumentBase<K> {
  subject?: undefined;
}

/** One document of a given kind; `LetterDocument` alone is any of them. */
export type LetterDocument<K extends DocumentKind = DocumentKind> = K extends 'email' | 'letter'
  ? SentDocument<K>
  : K extends 'call-script' | 'meeting-notes'
    ? SpokenDocument<K>
    : never;

/**
 * The documents each channel gives, in order: the main document, then (except for an e-mail) the
 * e-mail that goes ahead of the letter or confirms the call or meeting in writing.
 */
export interface ChannelDocuments {
  email: [LetterDocument<'email'>];
  letter: [LetterDocument<'letter'>, LetterDocument<'email'>];
  phone: [LetterDocument<'call-script'>, LetterDocument<'email'>];
  meeting: [LetterDocument<'meeting-notes'>, LetterDocument<'email'>];
}

/** How heavy a piece of advice or a finding is: `'error'`, `'warning'` or `'info'`. */
export type Severity = 'error' | 'warning' | 'info';

/** A piece of advice from the guide for this person's situation, in the input's language. */
export interface Advice<Code extends string = AdviceCode> {
  /** Stable: one of `AdviceCode` for `advice`, of `PositionCode` for `position.messages`. */
  code: Code;
  severity: Severity;
  message: string;
  /** The guide section the advice comes from. */
  sectionId: SectionId;
}

/** What `generateLetter` returns: the channel's documents, the advice and where the person stands. */
export interface LetterResult<C extends Channel = Channel> {
  /** The documents for the channel, in order (see `ChannelDocuments`). */
  documents: ChannelDocuments[C];
  /** The guide's advice for this situation, most urgent first. */
  advice: Advice[];
  /** Where the person stands under Swedish or Dutch employment law; see `assessPosition`. */
  position: Position;
}

/** What `lintLetter` says of a draft; `start`/`end` are UTF-16 offsets into the text checked. */
export interface Finding {
  code: LintCode;
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
  /** The field, dotted (`applicant.name`); `''` for the answers as a whole. */
  path: string;
  code: InputRule;
  message: string;
}
