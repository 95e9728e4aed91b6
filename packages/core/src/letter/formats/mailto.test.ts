import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftDocument } from '../types.ts';
import { headerText } from './header-text.ts';
import { fitsInMailto, mailtoLengthLimit, toMailto } from './mailto.ts';
import { wellFormed } from './utf8.ts';

const document: DraftDocument = {
  kind: 'email',
  title: 'E-mail',
  subject: 'Intrekking acceptatie functie projectleider',
  text: 'Geachte heer Jansen,\n\nIk trek mijn acceptatie in & bied excuses aan.\n\nMet vriendelijke groet,\nSanne de Vries\n',
  markdown: '',
};

/** Reads a mailto URI the way a mail client does (RFC 6068 §2): address, then `name=value` fields. */
function decode(uri: string) {
  const match = /^mailto:([^?#]*)(?:\?([^#]*))?$/.exec(uri);
  if (!match) throw new Error(`not a mailto URI: ${uri}`);
  const fields = (match[2] ?? '').split('&').map((pair) => {
    const [name = '', value = ''] = pair.split('=');
    return [decodeURIComponent(name), decodeURIComponent(value)] as const;
  });
  return { to: decodeURIComponent(match[1] ?? ''), fields };
}

describe('toMailto', () => {
  it('opens a draft with the address, subject and body, line breaks as CRLF', () => {
    const uri = toMailto(document, { to: { name: 'Jan Jansen', email: 'jan@bedrijf.nl' } });
    expect(uri).toMatchInlineSnapshot(
      `"mailto:jan@bedrijf.nl?subject=Intrekking%20acceptatie%20functie%20projectleider&body=Geachte%20heer%20Jansen%2C%0D%0A%0D%0AIk%20trek%20mijn%20acceptatie%20in%20%26%20bied%20excuses%20aan.%0D%0A%0D%0AMet%20vriendelijke%20groet%2C%0D%0ASanne%20de%20Vries%0D%0A"`,
    );
  });

  it('encodes the reserved characters of an address and an international domain', () => {
    expect(toMailto(document, { to: { email: 'a&b?c%d@företag.se' } })).toMatch(
      /^mailto:a%26b%3Fc%25d@xn--fretag-wxa\.se\?subject=/,
    );
  });

  it('refuses an address that is not one', () => {
    expect(() => toMailto(document, { to: { email: 'jan@bedrijf.nl?bcc=x@y.nl' } })).toThrow(
      expect.objectContaining({ code: 'invalid-address', field: 'to' }),
    );
  });

  it('decodes back to the same subject and body for any text, with no other field', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.constantFrom(
            'x&bcc=spy@evil.example',
            'a\r\nBcc: spy@evil.example',
            '%0D%0Acc=x#frag',
          ),
        ),
        (subject, text) => {
          const { to, fields } = decode(
            toMailto({ ...document, subject, text }, { to: { email: 'jan@bedrijf.nl' } }),
          );
          expect(to).toBe('jan@bedrijf.nl');
          const expected = [
            ...(headerText(subject) === '' ? [] : [['subject', headerText(subject)]]),
            ['body', wellFormed(text).replace(/\r\n|\r|\n/g, '\r\n')],
          ];
          expect(fields).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('survives unpaired surrogates from a damaged paste', () => {
    const uri = toMailto({ ...document, text: 'a\uD800b' }, { to: { email: 'jan@bedrijf.nl' } });
    expect(decode(uri).fields.at(-1)).toEqual(['body', 'a\uFFFDb']);
  });
});

describe('toMailto and long documents', () => {
  const to = { email: 'karin@foretag.se' };
  const doc = (text: string) =>
    ({ kind: 'email', title: 'E-post', subject: 'Ämne', text, markdown: '' }) as const;

  it('says when a link is too long for every mail client to open', () => {
    expect(fitsInMailto(toMailto(doc('Hej!'), { to }))).toBe(true);
    expect(fitsInMailto(toMailto(doc('å'.repeat(400)), { to }))).toBe(false);
    expect(mailtoLengthLimit).toBe(2_000);
  });

  it('refuses an unknown locale with the documented FormatError, not a TypeError', () => {
    expect(() =>
      toMailto(doc('Hej'), { to: { email: 'bad' }, locale: 'en' as never }),
    ).toThrowError(expect.objectContaining({ name: 'FormatError', code: 'invalid-locale' }));
  });
});
