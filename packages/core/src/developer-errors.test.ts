import { describe, expect, it } from 'vitest';
import { editionChanges, findAvoidedTerms, getArticle, getVocabulary } from './index.ts';
import {
  assessPosition,
  checkDraft,
  documentFilename,
  FormatError,
  fieldNeeds,
  generateLetter,
  lintLetter,
  parseLetterInput,
  safeParseLetterInput,
  toEml,
  toMailto,
} from './letter/index.ts';
import { safeParseArticle } from './parse.ts';
import { getFormVocabulary } from './vocabulary/index.ts';

const answers = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Berg' },
  recipient: { company: 'Nordlys AB' },
  position: 'projektledare',
  reason: 'career',
  startDate: '2027-01-10',
  today: '2026-11-21',
} as const;
const [email] = generateLetter(answers).documents;
const addresses = { from: { email: 'anna@example.se' }, to: { email: 'sara@nordlys.example' } };

/** What a call throws: its class and message, as a developer reads them in the console. */
function thrown(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const { name, message } = error as Error;
    const code = error instanceof FormatError ? ` [${error.code}]` : '';
    return `${name}${code}: ${message}`;
  }
  return 'nothing thrown';
}

// Untyped callers, as plain JavaScript or a JSON payload make them.
const untyped = <T>(value: unknown) => value as T;

describe('a developer’s mistake', () => {
  it('names the function, what it got and what to pass, for an unknown locale anywhere', () => {
    expect(thrown(() => getArticle(untyped('de')))).toBe(
      "RangeError: getArticle: locale must be 'sv' or 'nl', got 'de'.",
    );
    expect(thrown(() => getVocabulary(untyped('en')))).toBe(
      "RangeError: getVocabulary: locale must be 'sv' or 'nl', got 'en'.",
    );
    expect(thrown(() => getFormVocabulary(untyped(1)))).toBe(
      "RangeError: getFormVocabulary: locale must be 'sv' or 'nl', got 1.",
    );
    expect(thrown(() => findAvoidedTerms(untyped('de'), 'text'))).toBe(
      "RangeError: findAvoidedTerms: locale must be 'sv' or 'nl', got 'de'.",
    );
    expect(thrown(() => fieldNeeds(untyped('de'), 'email'))).toBe(
      "RangeError: fieldNeeds: locale must be 'sv' or 'nl', got 'de'.",
    );
    expect(thrown(() => generateLetter({ ...answers, locale: untyped('de') }))).toBe(
      "LetterInputError: generateLetter: locale must be 'sv' or 'nl', got 'de'.",
    );
    expect(thrown(() => assessPosition({ ...answers, locale: untyped('de') }))).toBe(
      "LetterInputError: assessPosition: locale must be 'sv' or 'nl', got 'de'.",
    );
    expect(thrown(() => toEml(email, { ...addresses, locale: untyped('xx') }))).toBe(
      "FormatError [invalid-locale]: toEml: locale must be 'sv' or 'nl', or left out, got 'xx'.",
    );
    expect(thrown(() => toMailto(email, { to: addresses.to, locale: untyped('xx') }))).toBe(
      "FormatError [invalid-locale]: toMailto: locale must be 'sv' or 'nl', or left out, got 'xx'.",
    );
    expect(thrown(() => lintLetter('Hej', { locale: untyped('en') }))).toBe(
      "RangeError: lintLetter: options.locale must be 'sv' or 'nl', or left out to guess it, got 'en'.",
    );
    expect(thrown(() => parseLetterInput(answers, { locale: untyped('de') }))).toBe(
      "RangeError: parseLetterInput: options.locale must be 'sv' or 'nl', or left out, got 'de'.",
    );
  });

  it('says the answers must be an object, whoever is called with something else', () => {
    expect(thrown(() => generateLetter(untyped(42)))).toBe(
      'LetterInputError: generateLetter: the answers must be an object (LetterInput) with at least locale, channel, formality, applicant, recipient, position, reason and startDate, got 42.',
    );
    expect(thrown(() => parseLetterInput(null))).toMatch(
      /^LetterInputError: parseLetterInput: the answers must be an object .*, got null\.$/,
    );
    const result = safeParseLetterInput([1, 2]);
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        'not-an-object',
        expect.stringMatching(
          /^safeParseLetterInput: the answers must be .*, got an array of 2\.$/,
        ),
      ],
    ]);
  });

  it('names the nearest field for a misspelt one, in the function’s words', () => {
    expect(thrown(() => generateLetter({ ...answers, recipent: {} } as never))).toBe(
      "LetterInputError: generateLetter: 'recipent' is not a field of LetterInput; did you mean 'recipient'? Remove it or rename it: unknown fields are refused, not ignored.",
    );
  });

  it('keeps a person’s own mistakes in their language, beside a developer’s in English', () => {
    const result = safeParseLetterInput({ ...answers, applicant: { name: '' }, extra: 1 });
    expect(!result.success && result.issues.map((issue) => issue.message)).toEqual([
      'Fältet ”Ditt namn” saknas eller är tomt. Fyll i det.',
      "safeParseLetterInput: 'extra' is not a field of LetterInput. Remove it or rename it: unknown fields are refused, not ignored.",
    ]);
    expect(thrown(() => toEml(email, { ...addresses, from: { email: 'anna at example' } }))).toBe(
      'FormatError [invalid-address]: from: ”anna at example” är ingen giltig e-postadress. Skriv den som namn@exempel.se, utan mellanslag.',
    );
  });

  it('gives the formats’ own developer codes in English, keeping the codes', () => {
    expect(thrown(() => toEml(email, { ...addresses, messageId: 'no id' }))).toBe(
      "FormatError [invalid-message-id]: toEml: messageId must be a Message-ID such as 'unique-part@example.se' (angle brackets optional), or left out, got 'no id'.",
    );
    expect(thrown(() => toEml(email, { ...addresses, date: new Date('soon') }))).toBe(
      "FormatError [invalid-date]: toEml: date must be a valid Date in the years 1900 to 9999, or left out for now, got 'Invalid Date'.",
    );
    expect(thrown(() => toEml(email, { ...addresses, from: untyped('anna@example.se') }))).toBe(
      "FormatError [invalid-address]: toEml: from must be an address such as { name: 'Sara Lind', email: 'sara@nordlys.example' }, got 'anna@example.se'.",
    );
  });

  it('says what to pass for a call of the wrong shape', () => {
    expect(thrown(() => toEml(email, untyped(undefined)))).toBe(
      "TypeError: toEml: options must be an object such as { from: { email: 'anna@example.se' }, to: { email: 'sara@nordlys.example' } }, got undefined.",
    );
    expect(thrown(() => toMailto(untyped('Hej Sara'), { to: addresses.to }))).toBe(
      "TypeError: toMailto: document must be a document from generateLetter ({ kind, title, text }), got 'Hej Sara'.",
    );
    expect(thrown(() => documentFilename(email, untyped('pdf')))).toBe(
      "RangeError: documentFilename: extension must be 'eml', 'txt' or 'md', got 'pdf'.",
    );
    expect(thrown(() => fieldNeeds('sv', untyped('fax')))).toBe(
      "RangeError: fieldNeeds: channel must be 'phone', 'letter', 'email' or 'meeting', got 'fax'.",
    );
    expect(thrown(() => checkDraft(untyped(42), { locale: 'sv' }))).toBe(
      'TypeError: checkDraft: the draft must be a string, got 42.',
    );
    expect(thrown(() => lintLetter('Hej', untyped('sv')))).toBe(
      "TypeError: lintLetter: options must be an object such as { locale: 'sv', channel: 'email' }, got 'sv'.",
    );
    expect(thrown(() => editionChanges(untyped(null)))).toBe(
      'TypeError: editionChanges: article must be an Article, as getArticle or parseArticle return, got null.',
    );
  });

  it('shows what was passed safely: quoted, on one line, cut short', () => {
    const hostile = `de\r\nBcc: everyone@example.com ${'x'.repeat(200)}`;
    const message = thrown(() => getArticle(untyped(hostile)));
    expect(message).toBe(
      "RangeError: getArticle: locale must be 'sv' or 'nl', got 'de\\r\\nBcc: everyone@example.com xxxxxxxxxx…'.",
    );
    expect(thrown(() => getArticle(untyped({ locale: 'sv' })))).toBe(
      "RangeError: getArticle: locale must be 'sv' or 'nl', got an object.",
    );
  });

  it('is a failure, not a throw, where the function promises one', () => {
    const result = safeParseArticle(untyped(42));
    expect(result.success).toBe(false);
    expect(!result.success && result.diagnostics[0]?.message).toMatch(/not a number \(42\)/);
    expect(safeParseLetterInput(42).success).toBe(false);
  });
});
