import type { Channel } from '../content/channels.ts';
import { mistake, oneOf } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';
import { wordAdvice } from './advice.ts';
import { type LetterInput, parseAnswers } from './input.ts';
import { companyInText, titleInText } from './names.ts';
import type { Phrasebook, PhraseContext } from './phrasebook/types.ts';
import {
  type DocumentPlan,
  type EndingSentence,
  type Paragraph,
  type Plan,
  planLetter,
  type Sentence,
  type SpokenPlan,
  type WrittenPlan,
} from './plan.ts';
import { wordPosition } from './position/assess.ts';
import type { EndingFacts, Jurisdiction } from './position/types.ts';
import { type Block, renderMarkdown, renderText } from './render.ts';
import type {
  ChannelDocuments,
  EmailParts,
  LetterDocument,
  LetterParts,
  LetterResult,
} from './types.ts';
import { makePick } from './variant.ts';

/** What the engine needs to write in one language: its phrasebook and its country's law. */
export interface LanguagePack {
  phrasebook: Phrasebook;
  jurisdiction: Jurisdiction<string, string>;
}

/** What every document of one letter words alike, worked out once per letter. */
interface Shared {
  company: string;
  position: string;
  pick: PhraseContext['pick'];
}

function sharedFor(plan: Plan): Shared {
  const { input } = plan;
  return {
    company: companyInText(input.recipient.company),
    position: titleInText(input.position),
    // Who writes, to which company, about which job: the same person always gets the same letter.
    pick: makePick(`${input.applicant.name}|${input.recipient.company}|${input.position}`),
  };
}

function contextFor(plan: Plan, shared: Shared, medium: PhraseContext['medium']): PhraseContext {
  const { input } = plan;
  // One literal with every key, in one order: V8 gives such objects one fast shape.
  return {
    formality: input.formality,
    addressee: plan.addressee,
    medium,
    channel: input.channel,
    applicant: input.applicant,
    recipient: input.recipient,
    company: shared.company,
    position: shared.position,
    reason: input.reason,
    reasonDetail: input.reasonDetail,
    acceptedOn: input.acceptedOn,
    startDate: input.startDate,
    today: input.today,
    daysLeft: plan.daysLeft,
    pick: shared.pick,
  };
}

const doubleStop = /(?<!\.)\.\.(?=[\s’”]|$)/g;

/** A company or title ending in a full stop ("Polderdata B.V.") must not end a sentence with two. */
function tidy(text: string): string {
  // Almost no sentence has two stops in a row; looking for them first skips the slower regex.
  return text.includes('..') ? text.replace(doubleStop, '.') : text;
}

/** Lower case by Unicode's own rules, not the runtime's locale (a Turkish one would dot an "I"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A posted letter needs both addresses: a missing one is a visible placeholder, never a gap. */
function addressLines(address: string | undefined, placeholder: string): string[] {
  return address ? address.split('\n') : [placeholder];
}

const endingPhrases = {
  'ending-proposal': 'proposal',
  'ending-termination': 'termination',
  'ending-confirmation': 'confirmation',
} as const;

function say(book: Phrasebook, c: PhraseContext, sentence: Sentence, ending?: EndingFacts): string {
  if (!(sentence in endingPhrases)) return book.paragraphs[sentence as Paragraph](c);
  // The plan puts these sentences in only where it has an ending to word.
  if (!ending) throw new Error(`${sentence} planned without an ending`);
  return book.ending[endingPhrases[sentence as EndingSentence]](c, ending);
}

/** Greeting and paragraphs: the part every written document shares. */
function body(
  book: Phrasebook,
  c: PhraseContext,
  plan: WrittenPlan,
  ending: EndingFacts | undefined,
): Pick<EmailParts, 'greeting' | 'paragraphs'> {
  const greeting = book.greeting(c);
  const paragraphs = plan.paragraphs.map((sentences) =>
    tidy(sentences.map((sentence) => say(book, c, sentence, ending)).join(' ')),
  );
  // Swedish "Hej Anna," runs on: the first sentence starts in lower case (Språkrådet).
  if (greeting?.runsOn && paragraphs[0] !== undefined) paragraphs[0] = lowerFirst(paragraphs[0]);
  return { greeting: greeting?.text, paragraphs };
}

function bodyBlocks(parts: EmailParts): Block[] {
  return [
    ...(parts.greeting === undefined ? [] : [{ type: 'paragraph', text: parts.greeting } as const]),
    ...parts.paragraphs.map((text) => ({ type: 'paragraph', text }) as const),
    { type: 'lines', lines: parts.signature },
  ];
}

function emailParts(book: Phrasebook, c: PhraseContext, doc: WrittenPlan, plan: Plan): EmailParts {
  const signature = [book.closing(c), c.applicant.name];
  // A formal e-mail signs with a number to call back on; the address is already in the header.
  if (c.formality === 'formal' && c.applicant.phone) signature.push(c.applicant.phone);
  return { ...body(book, c, doc, plan.ending), signature };
}

function letterParts(
  book: Phrasebook,
  c: PhraseContext,
  doc: WrittenPlan,
  plan: Plan,
  subject: string,
): LetterParts {
  const { applicant, recipient, place } = plan.input;
  const layout = book.letter;
  const contacts = [applicant.phone, applicant.email].filter((line) => line !== undefined);
  return {
    sender: [
      applicant.name,
      ...addressLines(applicant.address, layout.missingAddress.sender),
      ...(layout.contactsAtFoot ? [] : contacts),
    ],
    recipient: [
      ...layout.recipientLines(c, recipient.title),
      ...addressLines(recipient.address, layout.missingAddress.recipient),
    ],
    date: layout.dateLine(c, place),
    dateFirst: layout.dateBeforeRecipient,
    subjectLine: layout.subjectLine(subject),
    ...body(book, c, doc, plan.ending),
    // Two empty lines leave room for a handwritten signature above the printed name.
    signature: [
      book.closing(c),
      '',
      '',
      applicant.name,
      ...(layout.contactsAtFoot ? contacts : []),
    ],
  };
}

function letterBlocks(parts: LetterParts): Block[] {
  const sender: Block = { type: 'lines', lines: parts.sender };
  const addressee: Block = { type: 'lines', lines: parts.recipient };
  const dateLine: Block = { type: 'lines', lines: [parts.date] };
  return [
    sender,
    ...(parts.dateFirst ? [dateLine, addressee] : [addressee, dateLine]),
    { type: 'subject', text: parts.subjectLine },
    ...bodyBlocks(parts),
  ];
}

function talkBlocks(book: Phrasebook, c: PhraseContext, doc: SpokenPlan, plan: Plan): Block[] {
  const lines = doc.points.map((point) => {
    // Where a contract binds, the agreement point also says what happens failing one.
    const said =
      point === 'mutual-agreement' && plan.ending
        ? book.ending.spoken(c, plan.ending)
        : book.talk.lines[point](c);
    // Close to the start, the apology is for how late the news comes, and only that.
    const bare = tidy(
      point !== 'apology' || doc.timing === 'none'
        ? said
        : doc.timing === 'late'
          ? book.talk.timing.late(c)
          : `${said} ${book.talk.timing.ahead(c)}`,
    );
    return { label: book.talk.headings[point], bare, quoted: book.quote(bare) };
  });
  const afterwards: Block = { type: 'paragraph', text: book.talk.afterwards(c) };
  // A meeting needs a list to glance at; a call script is read from, point by point.
  if (doc.role === 'meeting-notes') return [{ type: 'list', items: lines }, afterwards];
  return [
    ...lines.flatMap((line): Block[] => [
      { type: 'heading', text: line.label },
      { type: 'say', quoted: line.quoted, bare: line.bare },
    ]),
    afterwards,
  ];
}

function buildDocument(
  book: Phrasebook,
  plan: Plan,
  shared: Shared,
  doc: DocumentPlan,
): LetterDocument {
  const title = book.titles[doc.role];
  if ('points' in doc) {
    const blocks = talkBlocks(book, contextFor(plan, shared, 'speech'), doc, plan);
    return {
      kind: doc.kind,
      title,
      text: renderText(blocks),
      markdown: renderMarkdown(blocks),
    } as LetterDocument;
  }
  let subject: string;
  let parts: EmailParts;
  let blocks: Block[];
  if (doc.role === 'letter') {
    const c = contextFor(plan, shared, 'letter');
    subject = book.subjects.letter(c);
    const letter = letterParts(book, c, doc, plan, subject);
    parts = letter;
    blocks = letterBlocks(letter);
  } else {
    const c = contextFor(plan, shared, 'email');
    subject = book.subjects[doc.role](c);
    parts = emailParts(book, c, doc, plan);
    blocks = bodyBlocks(parts);
  }
  // Built whole rather than spread together, for the same one shape per kind.
  return {
    kind: doc.kind,
    title,
    subject: tidy(subject),
    parts,
    text: renderText(blocks),
    markdown: renderMarkdown(blocks),
  } as LetterDocument;
}

/**
 * The letter engine for the languages in `packs`: `@rescind/core/letter` passes both, and
 * `@rescind/core/letter/sv` only the Swedish one, so that a bundle of it carries no Dutch.
 */
export function createGenerateLetter(packs: Partial<Record<Locale, LanguagePack>>) {
  return function generateLetter<const C extends Channel = Channel>(
    input: LetterInput & { channel: C },
  ): LetterResult<C> {
    const valid = parseAnswers('generateLetter', input);
    const pack = packs[valid.locale];
    if (!pack) {
      throw new RangeError(
        `${mistake('generateLetter', 'locale', `${oneOf(Object.keys(packs))} for this entry`, valid.locale)} Import generateLetter from '@rescind/core/letter' for every language.`,
      );
    }
    const plan = planLetter(valid, pack.jurisdiction);
    const book = pack.phrasebook;
    const shared = sharedFor(plan);
    return {
      // The plan gives each channel its documents in this order (see `ChannelDocuments`).
      documents: plan.documents.map((doc) =>
        buildDocument(book, plan, shared, doc),
      ) as ChannelDocuments[C],
      advice: wordAdvice(plan.advice, book.advice, {
        daysLeft: plan.daysLeft,
        startDate: valid.startDate,
        channel: valid.channel,
      }),
      position: wordPosition(valid, plan.assessment, pack.jurisdiction),
    };
  };
}
