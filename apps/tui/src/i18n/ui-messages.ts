import type { Channel } from '@rescind/core';
import type { Outcome } from '@rescind/core/letter';
import type { KeyId } from '../ui/keys.ts';

type Speed = 'immediate' | 'same-day' | 'days';

/**
 * Every string the interactive app and the printed guide show, per locale. `sv.ts` and `nl.ts`
 * both implement it, so a string missing in one language is a compile error. The letter's fields
 * and choices are not here: their labels, hints and "why we ask" are core's (`getFormVocabulary`),
 * the words the web form shows too.
 */
export interface UiMessages {
  home: {
    tagline: string;
    guide: string;
    letter: string;
    check: string;
    quit: string;
    resumed(path: string): string;
    /** The home menu's first item when answers from an earlier run were kept; `when` is formatted. */
    resumeDraft(when: string): string;
    /** Some answers of the file were invalid and were left out; `fields` names them. */
    resumedDropped(path: string, fields: string): string;
  };
  guide: {
    parts: string;
    intro: string;
    groups: Record<
      'reasons' | 'steps' | 'good-faith' | 'channels' | 'downsides' | 'verdict' | 'faq',
      string
    >;
    howToAvoid: string;
    comparison: string;
    table: {
      channel: string;
      writtenRecord: string;
      speed: string;
      personal: string;
      followUp: string;
      yes: string;
      no: string;
      none: string;
      speeds: Record<Speed, string>;
      followUps: Record<'confirming-email' | 'email-ahead', string>;
    };
    searchPrompt: string;
    noMatch(query: string): string;
    match(index: number, count: number, query: string): string;
    position(first: number, last: number, total: number): string;
    /** The last entry of the list of parts: what the edition is and every change it made. */
    about: {
      title: string;
      lead: string;
      facts: { source: string; published: string; edited: string };
      /** How the source was edited and what was left out, one string per paragraph. */
      body: readonly string[];
      changes: string;
      changesIntro(count: number): string;
      /** Labels before the two wordings of each change. */
      original: string;
      edited: string;
    };
  };
  choices: {
    /** The channels, as the guide's comparison table names them. */
    channel: Record<Channel, string>;
  };
  wizard: {
    title: string;
    step(index: number, count: number): string;
    optional: string;
    /** Under a question that must be answered, when Enter was pressed on an empty field. */
    needed: string;
    /** Before core's "why we ask" under a question. */
    why: string;
    /**
     * Under an address question, after core's hint: how the one-line field takes the address's
     * lines. It is about the terminal's field, not the address.
     */
    addressControl: string;
    /** Under the recipient's name and how the greeting says it: the greeting core writes. */
    greeting(greeting: string): string;
    /** The same, for a letter that opens with no greeting. */
    noGreeting: string;
  };
  /** Where the person stands under the law: every fact in it is core's `position`. */
  position: {
    title: string;
    /** The outcome in one sentence, above core's own wording of it. */
    outcomes: Record<Outcome, string>;
    noticeGiven: string;
    lastDay: string;
    /** Heading over the messages: the verdict, what to check. */
    details: string;
    exposure: string;
    sources: string;
  };
  review: {
    title: string;
    intro: string;
    create: string;
    empty: string;
  };
  preview: {
    title: string;
    advice: string;
    findings: string;
    noFindings: string;
    savePrompt: string;
    /** The label before an e-mail's subject line, and the prompt that edits it. */
    subject: string;
    subjectPrompt: string;
    answersPrompt: string;
    /** The file name suggested for saved answers. */
    answersFile: string;
    overwrite(path: string): string;
    saved(path: string): string;
    answersSaved(path: string): string;
    copied(title: string): string;
    /** Sent to the terminal by OSC 52 (as over SSH), which cannot say whether it took it. */
    copiedToTerminal(title: string): string;
    noClipboard: string;
    printOn: string;
    printOff: string;
    badExtension(path: string): string;
    emlNeedsAddresses: string;
    /** A posted letter without one or both postal addresses: core left placeholders in it. */
    addressMissing(sender: boolean, recipient: boolean): string;
    cannotWrite(path: string, reason: string): string;
    notGenerated: string;
  };
  check: {
    title: string;
    prompt: string;
    findings(count: number): string;
    clean: string;
    severity: Record<'error' | 'warning' | 'info', string>;
    cannotRead(path: string, reason: string): string;
  };
  /** Each key's word in the footer, after its glyph: `s spara`. */
  keys: Record<KeyId, string>;
  /** Each key's line in the help: what it does on the screen where it works. */
  keyHelp: Record<KeyId, string>;
  help: {
    title: string;
    close: string;
    /** Asked when `q` is pressed with answers given; `saved` says whether the autosave has them. */
    confirmQuit(saved: boolean): string;
  };
}
