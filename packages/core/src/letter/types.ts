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

/**
 * A written document's parts, so that a form can show or lay them out without reading them back
 * out of `text`: the greeting, the paragraphs and the signature. `text` is these joined by blank
 * lines (a letter's address block, date and subject line first).
 */
export interface EmailParts {
  /** The greeting line ("Hej Anna,", "Beste Pieter,"), or `undefined` where none is written. */
  greeting: string | undefined;
  /** The paragraphs, each a finished paragraph of plain text. */
  paragraphs: string[];
  /** The closing and what follows it, a line each ("Vänliga hälsningar", the name, a phone number). */
  signature: string[];
}

/**
 * A posted letter's parts, in the words of `text`, for a print layout that puts each where the
 * locale's business letter has it (the recipient in the envelope's window).
 */
export interface LetterParts extends EmailParts {
  /** The sender's block: name, address lines and (Swedish letters) phone and e-mail. */
  sender: string[];
  /** The recipient's block: company, the person and their title, address lines. */
  recipient: string[];
  /** The date line, with the place where one was given ("Göteborg den 1 december 2026"). */
  date: string;
  /** Whether `text` has the date before the recipient's block (sv) or after it (nl). */
  dateFirst: boolean;
  /** The subject line as printed ("Betreft: …" in Dutch; the subject alone in Swedish). */
  subjectLine: string;
  /**
   * The closing, two empty lines for a handwritten signature, the printed name and (Dutch
   * letters) the phone and e-mail at the foot.
   */
  signature: string[];
}

/** A document that is sent: an e-mail (`text` is its body) or a posted letter (`text` includes the subject line). */
export interface SentDocument<K extends 'email' | 'letter' = 'email' | 'letter'>
  extends DocumentBase<K> {
  /** The subject line. */
  subject: string;
  /** The document's parts: an e-mail's `EmailParts`, a letter's `LetterParts`. */
  parts: K extends 'letter' ? LetterParts : EmailParts;
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
 * A document as the formats (`toEml`, `toMailto`, `documentFilename`) read it: any
 * `LetterDocument`, or one built from a draft the person edited, which has no `parts` to keep in
 * step with its `text` (the formats read only `kind`, `title`, `subject` and `text`).
 */
export type DraftDocument = { [K in DocumentKind]: Omit<LetterDocument<K>, 'parts'> }[DocumentKind];

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
