import type { Locale } from '../../locales.ts';
import type { Address, LetterDocument } from '../types.ts';
import { checkedEmail } from './address.ts';
import { headerText } from './header-text.ts';
import { wellFormed } from './utf8.ts';

/** Options of `toMailto`. */
export interface MailtoOptions {
  /** The employer. A mailto URI carries only the address (RFC 6068 §2), so `name` is not used. */
  to: Address;
  /** The language of any `FormatError`. */
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
 * Mail clients cap URI length (some at about 2,000 characters); offer `.eml` for long documents.
 */
export function toMailto(document: LetterDocument, options: MailtoOptions): string {
  const email = checkedEmail(options.to, 'to', options.locale);
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
