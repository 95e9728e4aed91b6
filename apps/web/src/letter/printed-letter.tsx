import type { Locale } from '@rescind/core';
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

interface Parts {
  sender: string;
  recipient: string;
  date: string;
  body: string[];
  signature: string[];
}

/**
 * The letter's parts, read from its text: blocks between blank lines, the sender first, then the
 * date and the recipient block (starting with the company) in the locale's order. `null` when a
 * person's edits leave the text in another shape; it then prints as written, from the top.
 */
export function letterParts(text: string, company: string): Parts | null {
  const blocks = text
    .replace(/\s+$/, '')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/^\n+/, ''));
  const [sender, second, third] = blocks;
  if (sender === undefined || second === undefined || third === undefined) return null;
  const name = company.trim();
  const isRecipient = (block: string) => name !== '' && block.split('\n')[0]?.trim() === name;
  const recipientFirst = isRecipient(second);
  if (!recipientFirst && !isRecipient(third)) return null;
  const recipient = recipientFirst ? second : third;
  const date = recipientFirst ? third : second;
  if (date.includes('\n')) return null;
  const rest = blocks.slice(3);
  // The closing and the name under it, kept together on one page.
  const cut = Math.max(0, rest.length - 2);
  return { sender, recipient, date, body: rest.slice(0, cut), signature: rest.slice(cut) };
}

/**
 * A document as it prints: the letter positioned for the window envelope (or, edited out of
 * shape, as text); a call script or meeting notes as compact text on one page.
 */
export function PrintedLetter(props: {
  locale: Locale;
  text: string;
  company: string;
  /** `notes`: a call script or meeting notes, printed compact to fit one page. */
  layout: 'letter' | 'notes';
}) {
  const parts = props.layout === 'letter' ? letterParts(props.text, props.company) : null;
  if (!parts) {
    return (
      <div className={styles.sheet} data-layout={props.layout === 'notes' ? 'notes' : 'plain'}>
        {props.text}
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
