import type { Locale } from '@rescind/core';
import type { DocumentKind, LetterParts } from '@rescind/core/letter';
import styles from './printed-letter.module.css';

/**
 * Where the parts of a posted letter go on A4, so that a window envelope shows the recipient and
 * nothing else. Measured from the sheet's top-left corner, in millimetres; the print stylesheet
 * (`printed-letter.module.css`) turns them into positions within its page margins.
 *
 * Sweden (SS 03 43 21 layout, Nordic window envelopes): the common windows all start 15 mm from
 * the left; E6/5 (110 × 220, A4 folded in three) has its window 40–70 mm from the top, C6/5
 * 39–74 mm, C5 44–79 mm, EC4 42–82 mm. The address goes where every one of them shows it,
 * 46–68 mm down and 20 mm in; the sender and the date sit above 39 mm, the date right of the
 * windows (125 mm in), and the text starts below 82 mm. Figures from envelope makers' published
 * window sizes; SS 03 43 21 itself (a paid standard) was not at hand, so its address-field
 * coordinates are not quoted here.
 *
 * The Netherlands (the common "venster links" envelopes, DL/EA5/6 110 × 220 with a 45 × 90 mm
 * window 20 mm from the left and 15 mm from the bottom, as DIN 680 draws it): the window shows
 * 50–95 mm of the sheet. The address goes 52 mm down and 22 mm in; the place and date line follows
 * the address block below 95 mm, as the Dutch layout orders it. Uncertain: Dutch makers' windows
 * vary by a few millimetres (NEN 1026's own figures were not at hand), so the address keeps clear
 * of the window's edges by 2 mm or more.
 *
 * Fold marks at a third and two thirds of the height (99 and 198 mm), for the tri-fold that both
 * envelopes take.
 */
export const letterLayout = {
  sv: {
    recipientTop: 46,
    recipientLeft: 20,
    textTop: 84,
    dateLeft: 125,
    windowTop: 39,
    windowBottom: 82,
  },
  nl: {
    recipientTop: 52,
    recipientLeft: 22,
    textTop: 97,
    dateLeft: null,
    windowTop: 50,
    windowBottom: 95,
  },
} as const;

export const foldMarks = [99, 198] as const;

/** A posted letter laid out: its head blocks, the flowing text, and the closing with the name. */
export interface PrintedParts {
  sender: string;
  recipient: string;
  date: string;
  /** The subject line, the greeting and the paragraphs, one block each. */
  body: string[];
  /** The closing, then the name and what follows it: kept together on one page. */
  signature: [string, string];
}

/** What a document prints from: the text as it stands, and the engine's parts of a letter. */
export interface PrintSource {
  kind: DocumentKind;
  /** The text as it will print: the engine's, or as the person edited it. */
  text: string;
  /** The engine's `LetterParts` for the answers as they are now; a letter only. */
  parts?: LetterParts | undefined;
}

const blocks = (text: string) =>
  text
    .replace(/\s+$/, '')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/^\n+/, ''))
    .filter((block) => block !== '');

/**
 * A posted letter's layout, from the engine's parts rather than read back out of its text. While
 * the text is the engine's, the parts are used as they are. Once the person has edited it, the
 * layout holds as long as the text still starts with the parts' sender, date and recipient blocks
 * exactly as the engine wrote them (the part a window envelope shows): the rest prints as they
 * wrote it, split at the closing the engine wrote. An edit inside those blocks means the person
 * has rearranged the head themselves, and guessing which block is the address could put the wrong
 * one in the window: then the letter prints as written, from the top (`null`), as do a call
 * script, meeting notes and an e-mail.
 */
export function letterParts(source: PrintSource): PrintedParts | null {
  const { parts } = source;
  if (source.kind !== 'letter' || !parts) return null;
  const sender = parts.sender.join('\n');
  const recipient = parts.recipient.join('\n');
  const headBlocks = parts.dateFirst
    ? [sender, parts.date, recipient]
    : [sender, recipient, parts.date];
  const text = source.text.replace(/\r\n?/g, '\n');
  const head = `${headBlocks.join('\n\n')}\n\n`;
  if (!text.startsWith(head)) return null;

  const [closing = '', ...afterClosing] = parts.signature;
  // The lines under the closing: the room left to sign is the print's, not the text's.
  const name = afterClosing.join('\n').replace(/^\n+/, '');
  const engineBody = [parts.subjectLine, parts.greeting, ...parts.paragraphs].filter(
    (block): block is string => block !== undefined && block !== '',
  );
  const rest = blocks(text.slice(head.length));
  const engineRest = [...engineBody, closing, ...blocks(name)];
  const layout = { sender, recipient, date: parts.date };
  if (rest.join('\n\n') === engineRest.join('\n\n')) {
    return { ...layout, body: engineBody, signature: [closing, name] };
  }
  // Edited below the head: the body is what the person wrote, up to the engine's closing.
  const at = rest.lastIndexOf(closing);
  if (at >= 0) {
    return {
      ...layout,
      body: rest.slice(0, at),
      signature: [closing, rest.slice(at + 1).join('\n\n')],
    };
  }
  // The closing rewritten too: the last two blocks are taken as the closing and the name.
  const cut = Math.max(0, rest.length - 2);
  const [ownClosing = '', ownName = ''] = rest.slice(cut);
  return { ...layout, body: rest.slice(0, cut), signature: [ownClosing, ownName] };
}

/**
 * A document as it prints: the letter positioned for the window envelope (or, edited out of
 * shape, as text); a call script or meeting notes as compact text on one page.
 */
export function PrintedLetter(props: {
  locale: Locale;
  /** The document's kind, its text as it prints and (a letter) the engine's parts. */
  source: PrintSource;
}) {
  const parts = letterParts(props.source);
  const notes = props.source.kind === 'call-script' || props.source.kind === 'meeting-notes';
  if (!parts) {
    return (
      <div className={styles.sheet} data-layout={notes ? 'notes' : 'plain'}>
        {props.source.text}
      </div>
    );
  }
  const { locale } = props;
  return (
    <div className={styles.sheet} data-layout={locale}>
      <div className={styles.head}>
        <div className={styles.sender} data-part="sender">
          {parts.sender}
        </div>
        {locale === 'sv' ? (
          <div className={styles.dateRight} data-part="date">
            {parts.date}
          </div>
        ) : null}
        <div className={styles.recipient} data-part="recipient">
          {parts.recipient}
        </div>
        {foldMarks.map((mark) => (
          <span key={mark} className={styles.fold} data-mark={mark} />
        ))}
      </div>
      {locale === 'nl' ? (
        <p className={styles.dateLine} data-part="date">
          {parts.date}
        </p>
      ) : null}
      {parts.body.map((paragraph, index) => (
        // The paragraphs have no identity beyond their place in the letter.
        <p key={index} className={styles.paragraph}>
          {paragraph}
        </p>
      ))}
      <div className={styles.signature}>
        {parts.signature.map((block, index) => (
          <p key={index} className={styles.paragraph}>
            {block}
          </p>
        ))}
      </div>
    </div>
  );
}
