import type { Channel } from '../content/channels.ts';
import type { Formality, Reason, Salutation } from '../letter/input.ts';
import type { DocumentKind, Severity } from '../letter/types.ts';
import type { Locale } from '../locales.ts';

/**
 * A term the product must not use in a locale, with why and what to write instead. The product-wide
 * vocabulary test runs every user-visible string through these patterns.
 */
export interface AvoidedTerm {
  /** Matches the term in any of its grammatical forms (Unicode, case-insensitive). */
  pattern: RegExp;
  /** Why a native reader stumbles over it. */
  why: string;
  /** What the product writes instead. */
  instead: string;
}

/**
 * The product's words for its own domain in one language: every frontend, the advice, the lint and
 * the letters take these, so one thing has one name everywhere.
 */
export interface Vocabulary {
  locale: Locale;
  /** The act itself: taking back a job acceptance that was already given. */
  act: {
    /** As a heading or a button says it, addressing the reader ("Take back your yes"). */
    label: string;
    /** In running text about the reader, as the guide says it. */
    phrase: string;
    /** As a noun, in a subject line or a title. */
    noun: string;
    /** In the first person, written: formal letter and informal e-mail. */
    written: Record<Formality, string>;
    /** In the first person, said aloud on the phone or in a meeting. */
    spoken: string;
  };
  /** The person who hired them, as the guide calls them. */
  recruiter: string;
  employer: string;
  contract: string;
  channels: Record<Channel, string>;
  /** The five reasons, as the person would answer "what is the main reason?". */
  reasons: Record<Reason, string>;
  formalities: Record<Formality, string>;
  salutations: Record<Salutation, string>;
  /** How heavy a piece of advice or a finding is. */
  severities: Record<Severity, string>;
  documents: Record<DocumentKind, string>;
  /** Terms wrong for this locale: mistranslations, the wrong act, the wrong register. */
  avoid: readonly AvoidedTerm[];
}
