import type { Channel } from '../../content/channels.ts';
import type { Locale } from '../../locales.ts';
import type { AdviceWording } from '../advice.ts';
import type { Formality, Reason, Salutation } from '../input.ts';
import type { DocumentRole, Paragraph, TalkingPoint } from '../plan.ts';
import type { EndingFacts } from '../position/types.ts';
import type { Pick } from '../variant.ts';

/** Everything a phrase may depend on. Values are already cleaned; dates are ISO. */
export interface PhraseContext {
  formality: Formality;
  /** A named recipient is spoken to in person; otherwise the text speaks to the company. */
  addressee: 'person' | 'team';
  /** Where the words go: an e-mail, a posted letter, or said aloud. */
  medium: 'email' | 'letter' | 'speech';
  channel: Channel;
  applicant: { name: string; email?: string | undefined; phone?: string | undefined };
  recipient: {
    name?: string | undefined;
    /** The name as the greeting says it, when the person gave it. */
    greetingName?: string | undefined;
    salutation?: Salutation | undefined;
    /** The company as registered, for address blocks. */
    company: string;
  };
  /** The company as running text and greetings name it, without its legal form. */
  company: string;
  /** The job title as running text writes it. */
  position: string;
  reason: Reason;
  reasonDetail?: string | undefined;
  acceptedOn?: string | undefined;
  startDate: string;
  today: string;
  daysLeft: number;
  /** Chooses one of several wordings, the same for the same person every time. */
  pick: Pick;
}

/** A greeting, and whether the body runs on from it in lower case (Swedish "Hej Anna," style). */
export interface Greeting {
  text: string;
  runsOn: boolean;
}

/**
 * All the words the engine writes, for one language. Both `sv` and `nl` implement it in full, so a
 * phrase missing in one of them is a compile error.
 */
export interface Phrasebook {
  locale: Locale;
  /** Quotes a line to be said aloud, with the language's quotation marks. */
  quote(text: string): string;
  /** The document's short name in the person's language. */
  titles: Record<DocumentRole, string>;
  subjects: Record<
    'withdrawal-email' | 'letter' | 'email-ahead' | 'confirming-email',
    (c: PhraseContext) => string
  >;
  /** The greeting line; `undefined` when the convention is to leave it out. */
  greeting(c: PhraseContext): Greeting | undefined;
  paragraphs: Record<Paragraph, (c: PhraseContext) => string>;
  /** The closing formula ("Med vänlig hälsning", "Met vriendelijke groet,"). */
  closing(c: PhraseContext): string;
  letter: {
    /** Does the date come before the addressee (Swedish SS 03 43 21) or after it (Dutch)? */
    dateBeforeRecipient: boolean;
    /** Are phone and e-mail printed under the signature (Swedish) or in the sender block (Dutch)? */
    contactsAtFoot: boolean;
    /** The subject line as the letter prints it ("Betreft: …"). */
    subjectLine(subject: string): string;
    /** A visible placeholder for an address the person has not given yet. */
    missingAddress: Record<'sender' | 'recipient', string>;
    /** The line with place and date. */
    dateLine(c: PhraseContext, place: string | undefined): string;
    /** The addressee block: company, the person, their title. */
    recipientLines(c: PhraseContext, title: string | undefined): string[];
  };
  talk: {
    headings: Record<TalkingPoint, string>;
    /** What to say at each point, as the person would say it: spoken words, not the letter's. */
    lines: Record<TalkingPoint, (c: PhraseContext) => string>;
    /** Said after the apology: the news comes as early as it could, or sorry that it is so late. */
    timing: Record<'ahead' | 'late', (c: PhraseContext) => string>;
    /** What to do right after the conversation. */
    afterwards(c: PhraseContext): string;
  };
  advice: AdviceWording;
  /**
   * Where a contract binds (see `Position`): the sentences that end it. A proposal to part by
   * mutual agreement; failing that, notice naming the last day, an immediate end in the trial
   * period, or (fixed-term) a request to agree; and a request to confirm in writing.
   */
  ending: {
    proposal(c: PhraseContext, e: EndingFacts): string;
    termination(c: PhraseContext, e: EndingFacts): string;
    confirmation(c: PhraseContext, e: EndingFacts): string;
    /** The same, said aloud in a call or meeting; the confirming e-mail puts it in writing. */
    spoken(c: PhraseContext, e: EndingFacts): string;
  };
}
