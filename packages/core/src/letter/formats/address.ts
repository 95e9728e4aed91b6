import { isRecord } from '../../developer-errors.ts';
import type { Locale } from '../../locales.ts';
import type { Address } from '../types.ts';
import { encodeWords } from './encoded-word.ts';
import { FormatError } from './format-error.ts';
import { headerText } from './header-text.ts';

/** RFC 5322 `atext`: what a dot-atom local part and an unquoted display-name word may hold. */
const atext = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const dotAtom = new RegExp(`^${atext}+(\\.${atext}+)*$`);
const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** `URL` is in every browser and in Node, but not in the ES2023 lib this package compiles against. */
const UrlConstructor = (
  globalThis as unknown as { URL?: new (input: string) => { hostname: string } }
).URL;

/** An internationalized domain as ASCII (punycode), as mail headers and URIs need it. */
function asciiDomain(domain: string): string | undefined {
  if (/^[\x21-\x7E]+$/.test(domain)) return domain.toLowerCase();
  if (!UrlConstructor || /[\s/?#@:[\]\\%]/.test(domain)) return undefined;
  try {
    return new UrlConstructor(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * A plain `local@domain` address in ASCII form, or `undefined` when it is not one. Quoted local
 * parts, comments and IP literals are valid RFC 5322 but no person types them into a form, and
 * each is a way to smuggle syntax into a header; rejecting them keeps the message safe.
 */
export function normalizeEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = email.slice(0, at);
  const domain = asciiDomain(email.slice(at + 1));
  if (local.length > 64 || !dotAtom.test(local) || domain === undefined) return undefined;
  // `=?utf-8?Q?…?=` is RFC 2047 syntax, which some mail clients decode even in an address: a way
  // to show one address and mean another. No person's address holds it.
  if (local.includes('=?') || local.includes('?=')) return undefined;
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2 || !labels.every((part) => label.test(part))) {
    return undefined;
  }
  return `${local}@${domain}`;
}

/**
 * Whether `toEml` and `toMailto` accept this address: a plain `local@domain.tld`, the local part
 * in ASCII, the domain in ASCII or Unicode. Forms and input validation can use the same rule, so
 * an address that passes them never makes a format throw.
 *
 * @example
 * ```ts
 * import { isEmailAddress } from '@rescind/core/letter';
 *
 * console.log(isEmailAddress('anna@example.se'), isEmailAddress('anna@exempel'), isEmailAddress('å@example.se'));
 * ```
 */
export function isEmailAddress(email: string): boolean {
  return typeof email === 'string' && normalizeEmail(email) !== undefined;
}

/**
 * The address's email in ASCII form, or a `FormatError` that names the option: in the person's
 * language for the address they typed, in English naming `caller` when it is no address object.
 */
export function checkedEmail(
  address: Address,
  field: string,
  locale: Locale | undefined,
  caller: string,
): string {
  if (!isRecord(address)) {
    throw new FormatError('invalid-address', field, String(address), locale, caller);
  }
  const email = typeof address?.email === 'string' ? normalizeEmail(address.email) : undefined;
  if (email === undefined) {
    throw new FormatError('invalid-address', field, String(address?.email ?? ''), locale);
  }
  return email;
}

const plainPhrase = new RegExp(`^${atext}+( ${atext}+)*$`);

/**
 * A mailbox for a From/To header: `Anna Svensson <anna@example.se>`. A display name that is not
 * plain ASCII words is sent as encoded-words, so no quote, comma, angle bracket or line break in
 * a name can change the header's structure.
 */
export function formatMailbox(
  address: Address,
  field: string,
  locale: Locale | undefined,
  caller: string,
): string[] {
  const email = checkedEmail(address, field, locale, caller);
  const name = headerText(typeof address.name === 'string' ? address.name : '');
  if (name === '') return [email];
  // `=?` in a plain name would read as the start of an encoded-word.
  const words =
    plainPhrase.test(name) && !name.includes('=?') ? name.split(' ') : encodeWords(name);
  return [...words, `<${email}>`];
}
