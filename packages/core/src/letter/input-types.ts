import type { Channel } from '../content/channels.ts';
import type { Locale } from '../locales.ts';
import type { Formality, Reason, Salutation } from './choices.ts';
import type { Acceptance, Answer, ContractType } from './position/types.ts';

// Written out, not inferred from the zod schema, so that every field keeps its doc comment in the
// published `.d.ts` (inferred types lose them); `letter.test-d.ts` pins it to the schema's input.

/** The person withdrawing (`LetterInput.applicant`). */
export interface LetterApplicant {
  /** Their full name, as they sign. Required; at most 100 characters of letters, spaces, `'`, `-` and `.`. */
  name: string;
  /** Their e-mail address (`anna@example.se`), for `.eml` and `mailto:`. Optional; at most 254 characters. */
  email?: string;
  /** Their phone number (`+46 70 123 45 67`), under the signature. Optional; digits, spaces, `()-` and a leading `+`, at most 30 characters. */
  phone?: string;
  /** Their postal address for a letter: street, postcode and town, one per line (`\n`). Optional; at most 6 lines of 100 characters. */
  address?: string;
}

/** Who receives the news (`LetterInput.recipient`). */
export interface LetterRecipient {
  /** The person who offered the job, greeted by name. Optional for an e-mail or a letter (recommended), required after a call or a meeting; at most 100 characters. */
  name?: string;
  /**
   * Their name as the greeting says it, when the engine cannot know it from `name`: the surname
   * after "Geachte heer/mevrouw" ("Van der Berg", "Garcia Lopez"), or the name after "Hej"/"Beste".
   * Optional; at most 100 characters.
   */
  greetingName?: string;
  /** How a Dutch formal greeting addresses them: `'mr'` (heer), `'ms'` (mevrouw) or `'none'` (the full name). Optional, unused in Swedish. */
  salutation?: Salutation;
  /** Their job title, under their name in a letter's address block. Optional; at most 120 characters. */
  title?: string;
  /** The employer's name, as in the offer. Required; at most 120 characters. */
  company: string;
  /** Their e-mail address, for `.eml` and `mailto:`. Optional; at most 254 characters. */
  email?: string;
  /** The employer's postal address for a letter, one line per line. Optional; at most 6 lines of 100 characters. */
  address?: string;
}

/**
 * A person's answers, as a caller writes them (optional fields may be left out). Optional text
 * fields may be `''` (read as not given); text is trimmed; unknown keys are refused.
 * `letterInputJsonSchema` states the same fields as a JSON Schema, `fieldLimits` their limits,
 * and `getFormVocabulary` the words a form shows for them.
 */
export interface LetterInput {
  /** The language of the documents, `'sv'` or `'nl'`; it also decides whose employment law applies. Required. */
  locale: Locale;
  /** How they tell the employer: `'email'`, `'letter'`, `'phone'` or `'meeting'`; decides the documents (see `ChannelDocuments`). Required. */
  channel: Channel;
  /** `'formal'` or `'informal'`: Dutch _u_ or _je_; Swedish is always _du_, and formality is in the wording. Required. */
  formality: Formality;
  /** The person withdrawing. Required. */
  applicant: LetterApplicant;
  /** Who receives the news. Required. */
  recipient: LetterRecipient;
  /** The job title they accepted ("projektledare"). Required; at most 120 characters. */
  position: string;
  /** The guide's reason: `'compensation'`, `'career'`, `'better-offer'`, `'conditions'` or `'personal'`. Required. */
  reason: Reason;
  /** One or two sentences in the person's own words, added after the guide's reason. Optional; at most 300 characters and two sentences. */
  reasonDetail?: string;
  /** When they accepted the offer, an ISO date (`2026-11-02`). Optional; not after `startDate` nor `today`. */
  acceptedOn?: string;
  /** The first working day, an ISO date (`2026-12-01`). Required; not before `today` (then it is a resignation). */
  startDate: string;
  /** The day the documents are written and notice is given, an ISO date. Optional, default the local date: pass it for reproducible output. */
  today?: string;
  /** Kept for callers from before `acceptance`: `true` means `acceptance: 'signed'` (contradicting it is refused). Optional, default `false`. */
  contractSigned?: boolean;
  /** How they said yes: `'spoken'` (a call, a meeting), `'email'` or `'signed'` (the contract). Optional; absent means not known. */
  acceptance?: Acceptance;
  /** `'permanent'` (tillsvidare, onbepaalde tijd), `'fixed-term'` (visstid, bepaalde tijd) or `'unknown'`. Optional. */
  contractType?: ContractType;
  /** Fixed-term only: does the contract allow ending it early (tussentijds opzegbeding)? Optional boolean. */
  earlyTerminationClause?: boolean;
  /** Does the contract begin with a trial period: `'yes'`, `'no'` or `'unknown'`? In nl only a written one counts. Optional. */
  trialPeriod?: Answer;
  /** How long the trial period is, in whole months, 1 to 12. Optional. */
  trialMonths?: number;
  /** The employee's notice in the contract or collective agreement, in whole months, 1 to 12. Optional; absent means the law's default. */
  noticeMonths?: number;
  /** Does a collective agreement (kollektivavtal, cao) apply: `'yes'`, `'no'` or `'unknown'`? Optional. */
  collectiveAgreement?: Answer;
  /** nl: were pay, hours and the start date agreed (`'yes'`, `'no'`, `'unknown'`)? Without a signature only then is there a contract. Optional. */
  essentialsAgreed?: Answer;
  /** sv: is the employer the state? State employees must resign in writing. Optional boolean. */
  stateEmployer?: boolean;
  /** Have they already resigned from their current job (unemployment benefit at risk)? Optional boolean. */
  resignedCurrentJob?: boolean;
  /**
   * Might the employer answer with a better offer (a counter-offer)? The call script and meeting
   * notes then get a line to decline it, and the advice says to decide beforehand. Optional,
   * default `false`.
   */
  counterOffer?: boolean;
  /** Leave the door open for the future (the closing says so) or say a plain farewell. Optional, default `true`. */
  keepDoorOpen?: boolean;
  /** The town on a letter's date line ("Utrecht, 21 november 2026"). Optional; at most 120 characters. */
  place?: string;
}
