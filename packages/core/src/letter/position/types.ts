import type { Channel } from '../../content/channels.ts';
import type { SectionId } from '../../content/ids.ts';
import type { Advice, Severity } from '../types.ts';
import type { NlCode } from './nl.ts';
import type { SvCode } from './sv.ts';

/** How the person said yes: in words, by e-mail, or by signing the contract. */
export const acceptances = ['spoken', 'email', 'signed'] as const;
/** One of `acceptances`. */
export type Acceptance = (typeof acceptances)[number];

/** The kinds of contract: `'permanent'`, `'fixed-term'`, `'unknown'`. */
export const contractTypes = ['permanent', 'fixed-term', 'unknown'] as const;
/** One of `contractTypes`. */
export type ContractType = (typeof contractTypes)[number];

/** A question the person may answer yes, no, or "I don't know". */
export const answers = ['yes', 'no', 'unknown'] as const;
/** One of `answers`: `'yes'`, `'no'` or `'unknown'`. */
export type Answer = (typeof answers)[number];

/**
 * Where the person stands. `not-bound`: no contract came about, withdrawing is enough.
 * `trial-period`: a trial period lets them end the contract at once. `notice-ends-before-start` /
 * `notice-ends-after-start`: notice given today ends before the first working day, or after it.
 * `fixed-term`: a fixed-term contract without an exit clause; only a mutual agreement ends it early.
 * `unknown`: an answer that decides it is missing; the messages say what to check.
 */
export const outcomes = [
  'not-bound',
  'trial-period',
  'notice-ends-before-start',
  'notice-ends-after-start',
  'fixed-term',
  'unknown',
] as const;
/** One of `outcomes`: where the person stands (`Position.outcome`). */
export type Outcome = (typeof outcomes)[number];

/** A public source of a legal rule: its title and URL. */
export interface Source {
  title: string;
  url: string;
}

/** How sure a rule is, in law.md's words. */
export type Certainty = 'statute' | 'court' | 'secondary' | 'open';

/** One rule of one jurisdiction, as law.md states it. */
export interface LegalRule {
  /** The statute or ruling it rests on, as a lawyer would cite it ("LAS 11 §", "BW 7:672"). */
  cites: string;
  certainty: Certainty;
  /** Where to read it; public pages only. */
  sources: readonly Source[];
  /** When the rule was last checked against its sources (ISO date). */
  reviewed: string;
}

/** What the person's answers say about the law's questions, after `contractSigned` is read. */
export interface PositionFacts {
  acceptance?: Acceptance | undefined;
  contractType?: ContractType | undefined;
  earlyTerminationClause?: boolean | undefined;
  trialPeriod?: Answer | undefined;
  trialMonths?: number | undefined;
  noticeMonths?: number | undefined;
  collectiveAgreement?: Answer | undefined;
  essentialsAgreed?: Answer | undefined;
  stateEmployer?: boolean | undefined;
  resignedCurrentJob?: boolean | undefined;
  channel: Channel;
  /** The day notice is given: the letter's date. */
  today: string;
  startDate: string;
}

/**
 * What a letter must say to end the contract, when the person is bound. `basis`: why there is a
 * contract to end (signed, accepted, or "if one came about"); `way`: how it ends failing an
 * agreement.
 */
export interface EndingFacts {
  basis: 'signed' | 'accepted' | 'if-bound';
  way: 'notice' | 'immediate' | 'agreement' | 'applicable-notice';
  /** With `way: 'notice'`: the notice period in months and the last day of employment. */
  noticeMonths?: number;
  lastDay?: string;
}

/** One message a jurisdiction gives, before wording: its code, weight, and the rules it rests on. */
export interface Note<Code extends string, RuleId extends string> {
  code: Code;
  severity: Severity;
  sectionId: SectionId;
  rules: readonly RuleId[];
}

/** A jurisdiction's verdict on the facts, before any wording. */
export interface Assessment<Code extends string, RuleId extends string> {
  outcome: Outcome;
  /** Is there a contract to end? */
  bound: 'yes' | 'no' | 'maybe';
  noticeGiven?: string;
  lastDay?: string;
  /** The notice period the dates count with: the contract's, or the law's default. */
  months: number;
  /** The last day under the law's minimum, where a longer period may not bind. */
  statutoryLastDay?: string;
  /** Where the outcome is unknown: the last day that notice given today would give. */
  wouldEnd?: string;
  ending?: EndingFacts;
  /** What is at stake, when something is. */
  exposure?: Note<Code, RuleId>;
  notes: Note<Code, RuleId>[];
}

/** The assessment's facts as a message is worded from them. */
export interface WordingFacts extends PositionFacts {
  outcome: Outcome;
  noticeGiven?: string | undefined;
  lastDay?: string | undefined;
  /** The notice period used for the dates: the contract's, or the law's default. */
  months: number;
  statutoryLastDay?: string | undefined;
  wouldEnd?: string | undefined;
}

/**
 * One country's law: its rules (each citing its source, with a review date), the assessment, and
 * the wording of its messages in the locale's language. Adding a country is adding one of these.
 */
export interface Jurisdiction<Code extends string, RuleId extends string> {
  rules: Record<RuleId, LegalRule>;
  assess(facts: PositionFacts): Assessment<Code, RuleId>;
  words: Record<Code, (facts: WordingFacts) => string>;
}

/** Where a person stands, in their language; `generateLetter(input).position`. */
export interface Position {
  outcome: Outcome;
  /** The day the employer receives the notice (ISO), where notice applies. */
  noticeGiven?: string;
  /** The last day of employment (ISO), where it can be worked out. */
  lastDay?: string;
  /** What the person risks, stated as far as the sources support it. */
  exposure?: string;
  /** The public sources of the rules applied, to link beside the messages. */
  sources: Source[];
  /**
   * What the law says for this person, in reading order: the verdict, what to check, what is at
   * stake. The last one is always `not-legal-advice` ("this is information, not legal advice"):
   * show `sources` as links beside it.
   */
  messages: Advice<PositionCode>[];
}

/** Every message code `Position.messages` can hold, from either jurisdiction. */
export type PositionCode = SvCode | NlCode | 'not-legal-advice';
