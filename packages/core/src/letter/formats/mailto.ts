import type { Locale } from '../../locales.ts';
import type { Address, DraftDocument } from '../types.ts';
import { checkedEmail } from './address.ts';
import { checkedLocale, checkFormatCall } from './format-error.ts';
import { headerText } from './header-text.ts';
import { wellFormed } from './utf8.ts';

/** Options of `toMailto`. */
export interface MailtoOptions {
  /** The employer. A mailto URI carries only the address (RFC 6068 §2), so `name` is not used. */
  to: Address;
  /** The language of a bad address's `FormatError` (an unknown locale is one, in English). */
  locale?: Locale;
}

/**
 * Percent-encodes everything but RFC 3986 unreserved characters. `encodeURIComponent` leaves
 * `!'()*` bare; they are legal in a query but encoding them too means no character of the text
 * can ever be read as syntax by a lenient mail client.
 */
function encode(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A `mailto:` URI (RFC 6068) that opens the user's mail client with the document filled in: the
 * address, subject and body, every reserved character percent-encoded and line breaks as
 * `%0D%0A`, so no text in the subject or body can add a recipient or any other field.
 * Mail clients cap URI length (some at about 2,000 characters): check the result with
 * `fitsInMailto` and offer the `.eml` when it does not fit.
 *
 * @example
 * ```ts
 * import { generateLetter, toMailto } from '@rescind/core/letter';
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
 * console.log(toMailto(email, { to: { name: 'Sara Lind', email: 'sara@nordlys.example' } }).slice(0, 40));
 * ```
 */
export function toMailto(document: DraftDocument, options: MailtoOptions): string {
  checkFormatCall('toMailto', document, options, "{ to: { email: 'sara@nordlys.example' } }");
  const email = checkedEmail(
    options.to,
    'to',
    checkedLocale('toMailto', options.locale),
    'toMailto',
  );
  const at = email.lastIndexOf('@');
  const address = `${encode(email.slice(0, at))}@${email.slice(at + 1)}`;
  const subject = headerText(document.subject ?? document.title);
  const body = document.text.replace(/\r\n|\r|\n/g, '\r\n');
  const fields = [
    ...(subject === '' ? [] : [`subject=${encode(subject)}`]),
    `body=${encode(body)}`,
  ];
  return `mailto:${address}?${fields.join('&')}`;
}

/**
 * The longest `mailto:` URI that opens everywhere: some mail clients and browsers (Outlook,
 * older Edge) cut a longer link, or drop it, so the e-mail would arrive cut short or not at all.
 */
export const mailtoLengthLimit = 2_000;

/**
 * Whether a `toMailto` link is short enough to open in every mail client. When it is not, say
 * that the text is too long for a link and offer the `.eml` (`toEml`), which has no such limit.
 *
 * @example
 * ```ts
 * import { fitsInMailto, generateLetter, toMailto } from '@rescind/core/letter';
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
 * const uri = toMailto(email, { to: { email: 'sara@nordlys.example' } });
 * console.log(fitsInMailto(uri) ? 'open the link' : 'offer the .eml instead');
 * ```
 */
export function fitsInMailto(uri: string): boolean {
  return uri.length <= mailtoLengthLimit;
}
