import type { Channel, Locale, Speed } from '@rescind/core';
import type { FormatErrorCode, Outcome } from '@rescind/core/letter';

/** What must follow a message sent on a channel (core's `ChannelFacts.followUp`, `null` as `none`). */
export type FollowUpKey = 'confirming-email' | 'email-ahead' | 'none';

/**
 * Every string the site shows, for one locale. `sv.ts` and `nl.ts` both implement it, so a string
 * missing in one language is a compile error rather than a blank on the page.
 */
export interface Dictionary {
  /** The language's own name, as shown in the language switch ("Svenska"). */
  languageName: string;
  siteName: string;
  skipToContent: string;
  nav: {
    label: string;
    guide: string;
    letter: string;
    /** Label of the link to the same page in the other language. */
    switchLanguage: string;
  };
  /** The front door of `/sv/`, `/nl/`: what the site does for the reader, and where to start. */
  front: {
    tagline: string;
    title: string;
    lead: string;
    write: string;
    position: string;
    stepsTitle: string;
    toGuide: string;
  };
  footer: {
    updated: (date: string) => string;
    source: (source: string) => string;
    privacy: string;
    /** Link to the page about the edition ("Om guiden"). */
    about: string;
  };
  guide: {
    metaDescription: string;
    tocTitle: string;
    stepLabel: (n: number) => string;
    /** Link from a step to the letter generator. */
    writeLetter: string;
    /** Link from step 2 (read your contract) to the letter page's "where you stand" panel. */
    seePosition: string;
    writeLetterFor: (channelName: string) => string;
    /** That the guide is an edited edition, and when it was edited, where that is known. */
    edition: (editedDate?: string) => string;
    /** Credit to the source article the guide is built from. */
    credit: (source: string) => string;
    published: (date: string) => string;
    /** Link from the credit to the page that lists every change to the source's wording. */
    aboutLink: string;
    comparison: {
      caption: string;
      channel: string;
      writtenRecord: string;
      speed: string;
      personal: string;
      followUp: string;
      yes: string;
      no: string;
      speeds: Record<Speed, string>;
      followUps: Record<FollowUpKey, string>;
    };
    channelNames: Record<Channel, string>;
    ctaTitle: string;
    ctaBody: string;
  };
  /** The page that says what the edition is and lists each change beside the original. */
  about: {
    title: string;
    metaDescription: string;
    lead: string;
    facts: { source: string; published: string; edited: string };
    /** How the source was edited and what was left out, one string per paragraph. */
    body: readonly string[];
    changesTitle: string;
    changesIntro: (count: number) => string;
    /** The title of the guide's untitled opening in the list of changes. */
    introPart: string;
    /** Labels of the two quotes of each change. */
    original: string;
    edited: string;
  };
  letter: LetterDictionary;
  notFound: {
    title: string;
    body: string;
    toGuide: string;
  };
}

export interface LetterDictionary {
  title: string;
  metaDescription: string;
  intro: string;
  privacy: string;
  noScript: string;
  sections: {
    you: string;
    employer: string;
    job: string;
    message: string;
    /** The law's questions about the contract. */
    contract: string;
  };
  /**
   * Beside a field's label when it may be left empty. Every field's label, hint and why we ask,
   * and every choice's label, come from core's `getFormVocabulary`: they are not named here.
   */
  optional: string;
  /** The disclosure under a field that opens core's "why we ask". */
  whyWeAsk: string;
  /** Beside the greeting-name field: the greeting the letter writes now ("I hälsningen: Hej Karin"). */
  greetingPreview: (greeting: string) => string;
  /** The guided flow: a heading per step, and the buttons between them. */
  flow: {
    steps: Record<
      'situation' | 'position' | 'you' | 'employer' | 'job' | 'check' | 'result',
      string
    >;
    progress: (n: number, total: number) => string;
    progressLabel: string;
    continue: string;
    back: string;
    toResult: string;
    change: string;
    /** "Change" with the answer it changes, for a screen reader's list of links. */
    changeLabel: (label: string) => string;
    notAnswered: string;
    checkIntro: string;
    resultIntro: string;
    draftAside: string;
  };
  /** A field the person has not answered yet, in plain words with the field's own label. */
  fieldRequired: (label: string) => string;
  /** A question with choices the person has not answered yet. */
  choiceRequired: (label: string) => string;
  /** Page title prefix while the answers have problems. */
  titleWithErrors: (n: number) => string;
  /** Under the draft while some answers are missing or wrong: what it is waiting for. */
  pending: (labels: string) => string;
  /** Answers changed after the person edited the text by hand. */
  stale: string;
  rewrite: string;
  forgetConfirm: string;
  forgetYes: string;
  forgetNo: string;
  /** How long the browser keeps the answers. */
  expiry: string;
  printAnyway: string;
  mailtoTooLong: string;
  jumpToDraft: string;
  draftUpdated: string;
  /** The "where you stand" panel: core's `position`, laid out. */
  position: {
    heading: string;
    empty: string;
    /** The outcome in one sentence, before core's messages explain it. */
    outcomes: Record<Outcome, string>;
    noticeGiven: string;
    lastDay: string;
    exposure: string;
    sources: string;
  };
  submit: string;
  errorSummaryTitle: string;
  errorCount: (n: number) => string;
  forget: string;
  forgotten: string;
  previewHeading: string;
  previewEmpty: string;
  previewLabel: (documentTitle: string) => string;
  subject: string;
  /** The editable subject line's label, naming the document. */
  subjectLabel: (documentTitle: string) => string;
  edited: string;
  reset: string;
  adviceHeading: string;
  adviceEmpty: string;
  readInGuide: string;
  lintHeading: string;
  lintClean: string;
  showInText: string;
  actions: {
    label: (documentTitle: string) => string;
    copy: string;
    copied: string;
    copyFailed: string;
    downloadTxt: string;
    downloadMd: string;
    downloadPdf: string;
    downloadDocx: string;
    /** While a PDF or Word file is being made. */
    preparing: string;
    /**
     * The PDF's font lacks these characters, given one after another without separators (a name in
     * another script): no PDF is made, and the
     * person is sent to Print, whose "save as PDF" uses the system's fonts.
     */
    pdfCannotShow: (characters: string) => string;
    downloadEml: string;
    openMail: string;
    print: string;
    /** Printing a call script or meeting notes. */
    printNotes: string;
    needsEmails: string;
  };
  /** Why an e-mail file or link could not be made (core's `FormatError` codes), and what to do. */
  formatErrors: Record<FormatErrorCode, string>;
  severities: Record<'error' | 'warning' | 'info', string>;
}

export type { Locale };
