import type { Locale } from '../../locales.ts';
import type { Address, DraftDocument } from '../types.ts';
import { checkedEmail, formatMailbox } from './address.ts';
import { encodeWords } from './encoded-word.ts';
import { checkedLocale, checkFormatCall, FormatError } from './format-error.ts';
import { addressListTokens, headerField } from './header.ts';
import { headerText } from './header-text.ts';
import { quotedPrintable } from './quoted-printable.ts';
import { rfc5322Date } from './rfc5322-date.ts';

/** Options of `toEml`. */
export interface EmlOptions {
  /** The applicant. */
  from: Address;
  /** The employer: one address or several. */
  to: Address | Address[];
  /** The Date header; defaults to now. */
  date?: Date;
  /** `unique@domain`, with or without angle brackets; defaults to a random id at the sender's domain. */
  messageId?: string;
  /** Sets Content-Language and the language of a bad address's `FormatError`; the document's own language. */
  locale?: Locale;
}

/** A subject in plain ASCII words can stay legible; anything else is encoded. */
const plainSubject = /^[\x21-\x7E]+( [\x21-\x7E]+)*$/;

function subjectTokens(subject: string): string[] {
  if (subject === '') return [];
  if (plainSubject.test(subject) && !subject.includes('=?')) {
    const words = subject.split(' ');
    // A word that cannot be folded would overflow the line; encoded-words can always be split.
    if (words.every((word) => word.length <= 66)) return words;
  }
  return encodeWords(subject);
}

const idPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

function checkedMessageId(messageId: unknown, locale?: Locale): string {
  if (typeof messageId !== 'string') {
    throw new FormatError('invalid-message-id', 'messageId', String(messageId), locale, 'toEml');
  }
  const bare = messageId.replace(/^<(.*)>$/, '$1');
  const at = bare.lastIndexOf('@');
  if (at <= 0 || !idPart.test(bare.slice(0, at)) || !idPart.test(bare.slice(at + 1))) {
    throw new FormatError('invalid-message-id', 'messageId', messageId, locale, 'toEml');
  }
  return `<${bare}>`;
}

function randomId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
}

/**
 * The document as an RFC 5322 / MIME message, ready to save as `.eml` and open in a mail client:
 * UTF-8 text in quoted-printable, subject and display names as RFC 2047 encoded-words, CRLF line
 * ends. Any text, however hostile, stays inside its header or body: a subject or name with a line
 * break and "Bcc:" stays one subject or name. Addresses are checked; a bad one throws `FormatError`.
 * A developer's mistake (an unknown locale, a malformed Message-ID or date) is a `FormatError` in
 * English that says what to pass; no document or no options object, a `TypeError`.
 * Runs in the browser and in Node.
 *
 * @example
 * ```ts
 * import { generateLetter, toEml } from '@rescind/core/letter';
 *
 * const [email] = generateLetter({
 *   locale: 'sv',
 *   channel: 'email',
 *   formality: 'formal',
 *   applicant: { name: 'Anna Berg', email: 'anna@example.se' },
 *   recipient: { name: 'Sara Lind', company: 'Nordlys AB', email: 'sara@nordlys.example' },
 *   position: 'projektledare',
 *   reason: 'career',
 *   startDate: '2027-01-10',
 *   today: '2026-11-21',
 * }).documents;
 * const eml = toEml(email, {
 *   from: { name: 'Anna Berg', email: 'anna@example.se' },
 *   to: { name: 'Sara Lind', email: 'sara@nordlys.example' },
 *   date: new Date('2026-11-21T09:00:00Z'),
 * });
 * console.log(eml.split('\r\n').slice(0, 3));
 * ```
 */
export function toEml(document: DraftDocument, options: EmlOptions): string {
  checkFormatCall(
    'toEml',
    document,
    options,
    "{ from: { email: 'anna@example.se' }, to: { email: 'sara@nordlys.example' } }",
  );
  const locale = checkedLocale('toEml', options.locale);
  const recipients = Array.isArray(options.to) ? options.to : [options.to];
  if (recipients.length === 0) throw new FormatError('invalid-address', 'to', '', locale, 'toEml');
  const date = options.date ?? new Date();
  // RFC 5322 §3.3 dates have a four-digit year from 1900 on.
  const year = date instanceof Date ? date.getFullYear() : Number.NaN;
  if (!(year >= 1900 && year <= 9999)) {
    throw new FormatError('invalid-date', 'date', String(date), locale, 'toEml');
  }
  const sender = checkedEmail(options.from, 'from', locale, 'toEml');
  const messageId =
    options.messageId === undefined
      ? `<${randomId()}@${sender.slice(sender.lastIndexOf('@') + 1)}>`
      : checkedMessageId(options.messageId, locale);
  const to = recipients.map((address, index) =>
    formatMailbox(address, recipients.length === 1 ? 'to' : `to[${index}]`, locale, 'toEml'),
  );

  const headers = [
    `Date: ${rfc5322Date(date)}`,
    headerField('From', formatMailbox(options.from, 'from', locale, 'toEml')),
    headerField('To', addressListTokens(to)),
    headerField('Subject', subjectTokens(headerText(document.subject ?? document.title))),
    `Message-ID: ${messageId}`,
    ...(locale ? [`Content-Language: ${locale}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(document.text)}`;
}
