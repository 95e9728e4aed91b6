import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { anna, daan } from '../__fixtures__/answers.ts';
import { generateLetter } from '../generate.ts';
import type { DraftDocument } from '../types.ts';
import { toEml } from './eml.ts';
import { FormatError } from './format-error.ts';
import { headerText } from './header-text.ts';
import { wellFormed } from './utf8.ts';

const document: DraftDocument = {
  kind: 'email',
  title: 'E-post',
  subject: 'Återkallande av min accept – projektledare',
  text: 'Hej Karin!\n\nJag skriver för att återkalla mitt accepterande av tjänsten som projektledare.\n\nMed vänlig hälsning\nÅsa Öberg\n',
  markdown: '',
};
const from = { name: 'Åsa Öberg', email: 'asa@example.se' };
const to = { name: 'Karin Lind', email: 'karin.lind@foretag.se' };
const date = new Date('2026-11-21T10:00:00Z');

const parse = (eml: string) => simpleParser(eml, { skipTextToHtml: true, skipImageLinks: true });

/** What a reader's client shows as the body: mailparser reports lines ending in `\n`. */
const shownBody = (text: string) => wellFormed(text).replace(/\r\n|\r/g, '\n');

describe('toEml', () => {
  it('writes a message a mail client reads back as the same e-mail', async () => {
    const eml = toEml(document, { from, to, date, messageId: 'abc.123@example.se' });
    const parsed = await parse(eml);
    expect(parsed.subject).toBe(document.subject);
    expect(parsed.text).toBe(document.text);
    expect(parsed.from?.value).toEqual([{ name: 'Åsa Öberg', address: 'asa@example.se' }]);
    expect(parsed.to).toMatchObject({
      value: [{ name: 'Karin Lind', address: 'karin.lind@foretag.se' }],
    });
    expect(parsed.date?.getTime()).toBe(date.getTime());
    expect(parsed.messageId).toBe('<abc.123@example.se>');
  });

  it('is 7-bit, CRLF-terminated and keeps every line within 76 characters', () => {
    const eml = toEml(
      { ...document, text: `${'ö'.repeat(200)}\n${'a '.repeat(100)}\n` },
      { from, to, date },
    );
    expect(eml).toMatch(/^[\x20-\x7E\r\n\t]*$/);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('reads as a standard message header', () => {
    const eml = toEml(document, {
      from,
      to,
      date,
      messageId: '<abc.123@example.se>',
      locale: 'sv',
    });
    const [head] = eml.split('\r\n\r\n');
    expect(head?.replace(/^Date: .*$/m, 'Date: …')).toMatchInlineSnapshot(`
      "Date: …
      From: =?utf-8?Q?=C3=85sa_=C3=96berg?= <asa@example.se>
      To: Karin Lind <karin.lind@foretag.se>
      Subject: =?utf-8?Q?=C3=85terkallande_av_min_accept_=E2=80=93_projektledare?=
      Message-ID: <abc.123@example.se>
      Content-Language: sv
      MIME-Version: 1.0
      Content-Type: text/plain; charset=utf-8
      Content-Transfer-Encoding: quoted-printable"
    `);
  });

  it('sends to several recipients and turns an international domain into its ASCII form', async () => {
    const eml = toEml(document, {
      from,
      to: [
        to,
        { name: 'Lind, Karin "HR"', email: 'hr@företag.se' },
        { email: 'rekrytering@foretag.se' },
      ],
      date,
    });
    expect(eml).toContain('<hr@xn--fretag-wxa.se>');
    const parsed = await parse(eml);
    expect(parsed.to).toMatchObject({
      value: [
        { name: 'Karin Lind', address: 'karin.lind@foretag.se' },
        { name: 'Lind, Karin "HR"', address: 'hr@företag.se' },
        { name: '', address: 'rekrytering@foretag.se' },
      ],
    });
  });

  it('keeps a line break and "Bcc:" typed into a name or subject inside that name or subject', async () => {
    const hostile = 'Anna\r\nBcc: spy@evil.example\r\n';
    const eml = toEml(
      { ...document, subject: `Hej\r\nBcc: spy@evil.example` },
      {
        from: { name: hostile, email: 'anna@example.se' },
        to: { name: hostile, email: 'b@example.nl' },
        date,
      },
    );
    const parsed = await parse(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.subject).toBe('Hej Bcc: spy@evil.example');
    expect(parsed.from?.value[0]?.name).toBe('Anna Bcc: spy@evil.example');
  });

  it.each([
    ['from', { from: { email: 'not an address' }, to }],
    ['to', { from, to: { email: 'a@b.se\r\nBcc: x@y.se' } }],
    ['to[1]', { from, to: [to, { email: 'karin@' }] }],
    ['to', { from, to: [] }],
  ])('refuses a malformed address in %s and says which one', (field, options) => {
    expect(() => toEml(document, { ...options, date, locale: 'nl' })).toThrow(
      expect.objectContaining({ name: 'FormatError', code: 'invalid-address', field }),
    );
  });

  it('explains a bad address in the user’s language', () => {
    expect(() =>
      toEml(document, { from, to: { email: 'karin@foretag' }, date, locale: 'nl' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[FormatError: to: ‘karin@foretag’ is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties.]`,
    );
  });

  it('refuses an invalid date or Message-ID', () => {
    expect(() => toEml(document, { from, to, date: new Date('nope') })).toThrow(FormatError);
    expect(() => toEml(document, { from, to, date: new Date(-1e15) })).toThrow(FormatError);
    expect(() => toEml(document, { from, to, messageId: 'a b@c' })).toThrow(FormatError);
    expect(() => toEml(document, { from, to, messageId: 'x>\r\nBcc: y@z' })).toThrow(FormatError);
  });

  it('gives every message its own Message-ID at the sender’s domain', async () => {
    const a = await parse(toEml(document, { from, to }));
    const b = await parse(toEml(document, { from, to }));
    expect(a.messageId).toMatch(/@example\.se>$/);
    expect(a.messageId).not.toBe(b.messageId);
  });

  it('carries every generated document intact', async () => {
    for (const answers of [anna, daan]) {
      for (const generated of generateLetter(answers).documents) {
        const parsed = await parse(toEml(generated, { from, to, date, locale: answers.locale }));
        expect(parsed.subject).toBe(generated.subject ?? generated.title);
        expect(parsed.text).toBe(generated.text);
      }
    }
  });

  const name = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('Anna\r\nBcc: x@evil.example', '=?utf-8?B?QmNjOg==?=', '"Lind, Karin" <a@b.c>'),
  );
  const mailbox = fc.record({ name, email: fc.constantFrom('a@example.se', 'b.c+d@example.nl') });

  it('parses back to the same subject, body and recipients for any text, with no extra header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.string({ unit: 'binary', maxLength: 600 }),
        mailbox,
        fc.array(mailbox, { minLength: 1, maxLength: 3 }),
        fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        async (subject, text, sender, recipients, sent) => {
          const eml = toEml(
            { ...document, subject, text },
            { from: sender, to: recipients, date: sent },
          );
          const parsed = await parse(eml);
          expect(parsed.date?.getTime()).toBe(Math.floor(sent.getTime() / 1000) * 1000);
          expect([...parsed.headers.keys()].sort()).toEqual(
            [
              'content-transfer-encoding',
              'content-type',
              'date',
              'from',
              'message-id',
              'mime-version',
              'to',
              ...(headerText(subject) === '' ? [] : ['subject']),
            ].sort(),
          );
          expect(parsed.subject ?? '').toBe(headerText(subject));
          expect(parsed.text ?? '').toBe(shownBody(text));
          const names = (parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).map(
            (entry) => [entry.name, entry.address],
          );
          expect(names).toEqual(recipients.map((entry) => [headerText(entry.name), entry.email]));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('toEml with hostile options', () => {
  it('refuses a locale that is not one of ours, so a CRLF in it never makes a header', () => {
    const locale = 'sv\r\nBcc: everyone@evil.example' as never;
    expect(() => toEml(document, { from, to, date, locale })).toThrow(FormatError);
    expect(() => toEml(document, { from, to, date, locale: 'en' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid-locale', field: 'locale' }),
    );
    expect(() =>
      toEml(document, { from, to, date, locale: 'en' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[FormatError: toEml: locale must be 'sv' or 'nl', or left out, got 'en'.]`,
    );
  });

  it('refuses a Message-ID that is not text with the documented FormatError', () => {
    expect(() => toEml(document, { from, to, date, messageId: 42 as never })).toThrowError(
      expect.objectContaining({ code: 'invalid-message-id' }),
    );
  });

  it('refuses an address whose local part is an RFC 2047 encoded-word', () => {
    const hidden = { email: '=?utf-8?Q?ceo=40acme.example?=@evil.example' };
    expect(() => toEml(document, { from, to: hidden, date })).toThrowError(
      expect.objectContaining({ code: 'invalid-address', field: 'to' }),
    );
  });
});
