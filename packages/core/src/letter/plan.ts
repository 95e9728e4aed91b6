import { channelFacts } from '../content/channels.ts';
import { type AdvicePlan, planAdvice } from './advice.ts';
import { daysBetween } from './dates.ts';
import type { ValidLetterInput } from './input.ts';
import { assessFacts, type PositionAssessment } from './position/assess.ts';
import type { EndingFacts, Jurisdiction } from './position/types.ts';
import type { DocumentKind } from './types.ts';

/** The paragraphs a document may hold, in the order the guide asks for them. */
export type Paragraph =
  | 'ahead-intro'
  | 'confirming-intro'
  | 'confirming-courtesy'
  | 'decision'
  | 'reason'
  | 'thanks'
  | 'apology'
  | 'timing'
  /** The apology when the news comes within a week of the start: for how late it comes. */
  | 'late-apology'
  | 'mutual-agreement'
  | 'door-open'
  | 'farewell';

/**
 * The sentences that end a binding contract, worded by `Phrasebook.ending`: a proposal to part by
 * mutual agreement, what happens failing that, and a request to confirm it in writing.
 */
export type EndingSentence = 'ending-proposal' | 'ending-termination' | 'ending-confirmation';

export type Sentence = Paragraph | EndingSentence;

const endingParagraph: EndingSentence[] = [
  'ending-proposal',
  'ending-termination',
  'ending-confirmation',
];

/** The parts of a spoken conversation (a call or a meeting), in order. */
export type TalkingPoint =
  | 'opening'
  | 'decision'
  | 'reason'
  | 'thanks'
  | 'apology'
  | 'mutual-agreement'
  | 'counter-offer'
  | 'door-open'
  | 'closing';

/** Why a document exists; a channel yields one or two of them. */
export type DocumentRole =
  | 'withdrawal-email'
  | 'letter'
  | 'email-ahead'
  | 'call-script'
  | 'meeting-notes'
  | 'confirming-email';

/** A document that is sent: paragraphs of sentences between a greeting and a closing. */
export interface WrittenPlan {
  role: 'withdrawal-email' | 'letter' | 'email-ahead' | 'confirming-email';
  kind: DocumentKind;
  /** Each entry is one paragraph: the sentences it holds, in order. */
  paragraphs: Sentence[][];
}

/** Notes for a conversation: what to say at each point. */
export interface SpokenPlan {
  role: 'call-script' | 'meeting-notes';
  kind: DocumentKind;
  points: TalkingPoint[];
  /**
   * What the apology says of the timing: that the news comes as early as it could ('ahead'),
   * sorry that it comes so late ('late'), or nothing.
   */
  timing: Timing;
}

export type DocumentPlan = WrittenPlan | SpokenPlan;

export type Timing = 'ahead' | 'late' | 'none';

/**
 * Under this many days before the start, "so that you have as much time as possible" would sound
 * cheeky: the letter apologises for how late the news comes instead.
 */
export const lateNoticeDays = 7;

function timingFor(daysLeft: number): Timing {
  return daysLeft >= lateNoticeDays ? 'ahead' : 'late';
}

/** What to say and advise for one person's situation, before any wording. */
export interface Plan {
  input: ValidLetterInput;
  /** Days from `today` to the start date; negative once it has passed. */
  daysLeft: number;
  /** A named recipient is addressed in person; otherwise the letter speaks to the company. */
  addressee: 'person' | 'team';
  documents: DocumentPlan[];
  advice: AdvicePlan[];
  /** Where the person stands under the law, before wording. */
  assessment: PositionAssessment;
  /** How the documents end the contract; absent when there is none to end. */
  ending?: EndingFacts;
}

function writtenParagraphs(
  input: ValidLetterInput,
  opening: Paragraph,
  timing: Timing,
  ending: EndingFacts | undefined,
): Sentence[][] {
  // The guide's step 5 and its "how to avoid" lists: decision, honest reason, thanks, apology
  // (with the guide's "act fast" said out loud while there is time left, and sorry for the
  // lateness when there is not); where a contract binds, a mutual agreement and, failing it, the
  // notice (law.md: a proposal alone ends nothing); the door left open or a plain farewell.
  const apology: Sentence[] =
    timing === 'ahead' ? ['apology', 'timing'] : timing === 'late' ? ['late-apology'] : ['apology'];
  const paragraphs: Sentence[][] = [[opening], ['reason'], ['thanks'], apology];
  paragraphs.push(...legallyEffective(ending));
  paragraphs.push([input.keepDoorOpen ? 'door-open' : 'farewell']);
  return paragraphs;
}

/**
 * The sentences that make a withdrawal legally effective when a contract binds the person
 * (law.md, "What follows for a person's letter"): a mutual agreement proposed and, failing it,
 * the contract ended, with a request to confirm it in writing. Nothing when no contract binds.
 */
export function legallyEffective(ending: EndingFacts | undefined): Sentence[][] {
  return ending ? [endingParagraph] : [];
}

/**
 * The e-mail after a call or a meeting: a record, not the letter again. Thanks for the
 * conversation and the decision, the legally effective sentences where they are needed, and a
 * courtesy line.
 */
function confirmingParagraphs(ending: EndingFacts | undefined): Sentence[][] {
  return [['confirming-intro'], ...legallyEffective(ending), ['confirming-courtesy']];
}

function talkingPoints(input: ValidLetterInput, ending: EndingFacts | undefined): TalkingPoint[] {
  const points: TalkingPoint[] = ['opening', 'decision', 'reason', 'thanks', 'apology'];
  if (ending) points.push('mutual-agreement');
  // Step 4: they may try to keep you; the answer is decided before the call, not during it.
  if (input.counterOffer) points.push('counter-offer');
  if (input.keepDoorOpen) points.push('door-open');
  points.push('closing');
  return points;
}

/** Decides which documents, paragraphs and advice this person needs. No wording happens here. */
export function planLetter(
  input: ValidLetterInput,
  jurisdiction: Jurisdiction<string, string>,
): Plan {
  const daysLeft = daysBetween(input.today, input.startDate);
  const addressee = input.recipient.name ? 'person' : 'team';
  const facts = channelFacts[input.channel];
  const timing = timingFor(daysLeft);
  const assessment = assessFacts(input, jurisdiction);
  const ending = assessment.bound === 'no' ? undefined : assessment.ending;
  const documents: DocumentPlan[] = [];

  switch (input.channel) {
    case 'email':
      documents.push({
        role: 'withdrawal-email',
        kind: 'email',
        paragraphs: writtenParagraphs(input, 'decision', timing, ending),
      });
      break;
    case 'letter':
      documents.push({
        role: 'letter',
        kind: 'letter',
        paragraphs: writtenParagraphs(input, 'decision', timing, ending),
      });
      break;
    case 'phone':
      documents.push({
        role: 'call-script',
        kind: 'call-script',
        points: talkingPoints(input, ending),
        timing,
      });
      break;
    case 'meeting':
      documents.push({
        role: 'meeting-notes',
        kind: 'meeting-notes',
        points: talkingPoints(input, ending),
        timing,
      });
      break;
  }
  // Post takes days, so the guide's "act fast" wants an e-mail ahead of the letter; a call or a
  // meeting leaves no written record, so an e-mail confirms it.
  if (facts.followUp === 'email-ahead') {
    documents.push({
      role: 'email-ahead',
      kind: 'email',
      // It reaches them first, so where a contract binds it carries the notice (law.md).
      paragraphs: [
        ['ahead-intro'],
        ['reason'],
        ['thanks'],
        [timing === 'late' ? 'late-apology' : 'apology'],
        ...legallyEffective(ending),
      ],
    });
  } else if (facts.followUp === 'confirming-email') {
    documents.push({
      role: 'confirming-email',
      kind: 'email',
      paragraphs: confirmingParagraphs(ending),
    });
  }

  // `ending` assigned, not spread in: V8 gives a literal with a spread in it a slow shape, and
  // the engine reads the plan for every sentence.
  const plan: Plan = {
    input,
    daysLeft,
    addressee,
    documents,
    advice: planAdvice(input, daysLeft, assessment.facts),
    assessment,
  };
  if (ending) plan.ending = ending;
  return plan;
}
