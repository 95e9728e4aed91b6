import type { Locale } from '../locales.ts';
import { wordAdvice } from './advice.ts';
import { type LetterInput, parseLetterInput, type ValidLetterInput } from './input.ts';
import { titleInText } from './names.ts';
import { nl } from './phrasebook/nl.ts';
import { sv } from './phrasebook/sv.ts';
import type { Phrasebook, PhraseContext } from './phrasebook/types.ts';
import { type DocumentPlan, type Plan, planLetter } from './plan.ts';
import { type Block, renderMarkdown, renderText } from './render.ts';
import type { LetterDocument, LetterResult } from './types.ts';
import { makePick } from './variant.ts';

const phrasebooks: Record<Locale, Phrasebook> = { sv, nl };

function contextFor(plan: Plan, medium: PhraseContext['medium']): PhraseContext {
  const { input } = plan;
  return {
    formality: input.formality,
    addressee: plan.addressee,
    medium,
    channel: input.channel,
    applicant: input.applicant,
    recipient: input.recipient,
    position: titleInText(input.position),
    reason: input.reason,
    reasonDetail: input.reasonDetail,
    acceptedOn: input.acceptedOn,
    startDate: input.startDate,
    today: input.today,
    daysLeft: plan.daysLeft,
    // Who writes, to which company, about which job: the same person always gets the same letter.
    pick: makePick(`${input.applicant.name}|${input.recipient.company}|${input.position}`),
  };
}

/** A company or title ending in a full stop ("Polderdata B.V.") must not end a sentence with two. */
function tidy(text: string): string {
  return text.replace(/(?<!\.)\.\.(?=[\s’”]|$)/g, '.');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** Greeting, paragraphs and closing: the part every written document shares. */
function body(
  book: Phrasebook,
  c: PhraseContext,
  plan: Extract<DocumentPlan, { paragraphs: unknown }>,
  input: ValidLetterInput,
): Block[] {
  const greeting = book.greeting(c);
  const paragraphs = plan.paragraphs.map((sentences) =>
    tidy(sentences.map((sentence) => book.paragraphs[sentence](c)).join(' ')),
  );
  const [first, ...rest] = paragraphs;
  const blocks: Block[] = [];
  if (greeting) blocks.push({ type: 'paragraph', text: greeting.text });
  // Swedish "Hej Anna," runs on: the first sentence starts in lower case (Språkrådet).
  if (first !== undefined)
    blocks.push({ type: 'paragraph', text: greeting?.runsOn ? lowerFirst(first) : first });
  for (const text of rest) blocks.push({ type: 'paragraph', text });
  const signature = [book.closing(c), input.applicant.name];
  if (c.medium === 'email' && c.formality === 'formal' && input.applicant.phone)
    signature.push(input.applicant.phone);
  blocks.push({ type: 'lines', lines: signature });
  return blocks;
}

function addressLines(address: string | undefined): string[] {
  return address ? address.split('\n') : [];
}

function letterBlocks(
  book: Phrasebook,
  c: PhraseContext,
  plan: Extract<DocumentPlan, { paragraphs: unknown }>,
  input: ValidLetterInput,
): Block[] {
  const { applicant, recipient } = input;
  const contacts = [applicant.phone, applicant.email].filter((line): line is string =>
    Boolean(line),
  );
  const layout = book.letter;
  const sender: Block = {
    type: 'lines',
    lines: [
      applicant.name,
      ...addressLines(applicant.address),
      ...(layout.contactsAtFoot ? [] : contacts),
    ],
  };
  const addressee: Block = {
    type: 'lines',
    lines: [...layout.recipientLines(c, recipient.title), ...addressLines(recipient.address)],
  };
  const dateLine: Block = { type: 'lines', lines: [layout.dateLine(c, input.place)] };
  const head = layout.dateBeforeRecipient
    ? [sender, dateLine, addressee]
    : [sender, addressee, dateLine];
  const subject: Block = { type: 'subject', text: layout.subjectLine(book.subjects.letter(c)) };
  const main = body(book, c, plan, input);
  // The signature block gets room for a handwritten signature and, in Swedish, the contact details.
  const signature = main.pop();
  const closing = signature?.type === 'lines' ? signature.lines[0] : undefined;
  return [
    ...head,
    subject,
    ...main,
    {
      type: 'lines',
      lines: [
        closing ?? book.closing(c),
        '',
        '',
        applicant.name,
        ...(layout.contactsAtFoot ? contacts : []),
      ],
    },
  ];
}

function talkBlocks(
  book: Phrasebook,
  c: PhraseContext,
  plan: Extract<DocumentPlan, { points: unknown }>,
): Block[] {
  const lines = plan.points.map((point) => {
    const said = book.talk.lines[point](c);
    const bare = tidy(point === 'apology' && plan.timing ? `${said} ${book.paragraphs.timing(c)}` : said);
    return { label: book.talk.headings[point], bare, quoted: book.quote(bare) };
  });
  const afterwards: Block = { type: 'paragraph', text: book.talk.afterwards(c) };
  if (plan.role === 'meeting-notes') return [{ type: 'list', items: lines }, afterwards];
  return [
    ...lines.flatMap((line): Block[] => [
      { type: 'heading', text: line.label },
      { type: 'say', quoted: line.quoted, bare: line.bare },
    ]),
    afterwards,
  ];
}

function buildDocument(book: Phrasebook, plan: Plan, doc: DocumentPlan): LetterDocument {
  const { input } = plan;
  let blocks: Block[];
  let subject: string | undefined;
  if ('points' in doc) {
    blocks = talkBlocks(book, contextFor(plan, 'speech'), doc);
  } else if (doc.role === 'letter') {
    const c = contextFor(plan, 'letter');
    subject = book.subjects.letter(c);
    blocks = letterBlocks(book, c, doc, input);
  } else {
    const c = contextFor(plan, 'email');
    subject = book.subjects[doc.role](c);
    blocks = body(book, c, doc, input);
  }
  return {
    kind: doc.kind,
    title: book.titles[doc.role],
    ...(subject === undefined ? {} : { subject }),
    text: renderText(blocks),
    markdown: renderMarkdown(blocks),
  };
}

/**
 * Writes what a person needs to withdraw their acceptance over the channel they chose, in their
 * language, with the guide's advice for their situation.
 *
 * @throws {LetterInputError} when the answers are invalid; its `issues` say what to fix.
 */
export function generateLetter(input: LetterInput): LetterResult {
  const valid = parseLetterInput(input);
  const plan = planLetter(valid);
  const book = phrasebooks[valid.locale];
  return {
    documents: plan.documents.map((doc) => buildDocument(book, plan, doc)),
    advice: wordAdvice(plan.advice, book.advice, {
      daysLeft: plan.daysLeft,
      startDate: valid.startDate,
      channel: valid.channel,
    }),
  };
}
