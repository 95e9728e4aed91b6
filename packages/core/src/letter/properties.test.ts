import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { channels } from '../content/channels.ts';
import { sectionIds } from '../content/ids.ts';
import { locales } from '../locales.ts';
import { generateLetter } from './generate.ts';
import {
  formalities,
  type LetterInput,
  LetterInputError,
  reasons,
  salutations,
  validateLetterInput,
} from './input.ts';
import { lintDocument } from './lint/index.ts';
import { lintOptionsFor } from './lint-options.ts';
import { acceptances, contractTypes, answers as lawAnswerChoices } from './position/types.ts';
import { escapeMarkdown } from './render.ts';

const runs = { numRuns: 1000 };

// What the validator refuses in a single-line field; free text is generated without it.
const unsafe =
  /[\p{Cc}\u2028\u2029\u0085\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\u115f\u1160\u180e\u3164\uffa0\ufeff]/u;

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöéëïüóçñøæßłşžčšțđ'.split(''));
const word = fc
  .string({ unit: letter, minLength: 1, maxLength: 10 })
  .map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1));
/** Names in any letters, with the apostrophes, hyphens and particles real names carry. */
const personName = fc
  .tuple(
    word,
    fc.constantFrom('', 'de ', 'van der ', 'O’', "d'", 'af '),
    word,
    fc.option(
      word.map((w) => `-${w}`),
      { nil: '' },
    ),
  )
  .map(([first, particle, last, double]) => `${first} ${particle}${last}${double}`);
/** Any printable single-line text: a company, a job title, a town. */
const freeText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((text) => text.trim() !== '' && !unsafe.test(text));

const dayMs = 86_400_000;
const iso = (day: number) =>
  new Date(Date.UTC(2020, 0, 1) + day * dayMs).toISOString().slice(0, 10);

/** today, a start date from today to a year ahead, and an acceptance before both. */
const dates = fc
  .record({
    today: fc.integer({ min: 0, max: 3650 }),
    startIn: fc.integer({ min: 0, max: 400 }),
    acceptedBefore: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  })
  .map(({ today, startIn, acceptedBefore }) => ({
    today: iso(today),
    startDate: iso(today + startIn),
    ...(acceptedBefore === undefined
      ? {}
      : { acceptedOn: iso(Math.min(today, today + startIn) - acceptedBefore) }),
  }));

function answers(text: {
  name: fc.Arbitrary<string>;
  company: fc.Arbitrary<string>;
  line: fc.Arbitrary<string>;
}) {
  return fc
    .record({
      locale: fc.constantFrom(...locales),
      channel: fc.constantFrom(...channels),
      formality: fc.constantFrom(...formalities),
      reason: fc.constantFrom(...reasons),
      applicantName: text.name,
      phone: fc.option(fc.constantFrom('070-123 45 67', '+31 6 1234 5678'), { nil: undefined }),
      recipientName: fc.option(text.name, { nil: undefined }),
      // After a call or a meeting the person knows whom they spoke to.
      spokenTo: text.name,
      salutation: fc.option(fc.constantFrom(...salutations), { nil: undefined }),
      title: fc.option(text.line, { nil: undefined }),
      company: text.company,
      position: text.line,
      place: fc.option(text.line, { nil: undefined }),
      dates,
      contractSigned: fc.boolean(),
      counterOffer: fc.boolean(),
      keepDoorOpen: fc.option(fc.boolean(), { nil: undefined }),
      // The law's questions (issue 11), answered any way or not at all.
      law: fc.record(
        {
          acceptance: fc.constantFrom(...acceptances),
          contractType: fc.constantFrom(...contractTypes),
          earlyTerminationClause: fc.boolean(),
          trialPeriod: fc.constantFrom(...lawAnswerChoices),
          noticeMonths: fc.integer({ min: 1, max: 12 }),
          collectiveAgreement: fc.constantFrom(...lawAnswerChoices),
          essentialsAgreed: fc.constantFrom(...lawAnswerChoices),
        },
        { requiredKeys: [] },
      ),
    })
    .map(
      (a): LetterInput => ({
        locale: a.locale,
        channel: a.channel,
        formality: a.formality,
        reason: a.reason,
        applicant: {
          name: a.applicantName,
          phone: a.phone,
          address: 'Storgatan 1\n123 45 Uppsala',
        },
        recipient: {
          name:
            a.channel === 'phone' || a.channel === 'meeting'
              ? (a.recipientName ?? a.spokenTo)
              : a.recipientName,
          salutation: a.salutation,
          title: a.title,
          company: a.company,
        },
        position: a.position,
        place: a.place,
        ...a.dates,
        // `contractSigned` contradicts any other way of saying yes; the validator refuses that.
        contractSigned: a.contractSigned && (a.law.acceptance ?? 'signed') === 'signed',
        counterOffer: a.counterOffer,
        keepDoorOpen: a.keepDoorOpen,
        ...a.law,
      }),
    );
}

/** Reasons in people's own words, as the guide would have them: honest, not detailed. */
const details = {
  sv: [
    'Min partner har fått jobb i Malmö och vi flyttar dit i januari.',
    'Jag har fått möjlighet att leda ett större projekt hos min nuvarande arbetsgivare.',
    'Resvägen blir längre än jag räknade med.',
  ],
  nl: [
    'Mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari.',
    'Ik krijg de kans om bij mijn huidige werkgever een groter project te leiden.',
    'De reistijd blijkt langer dan ik had verwacht.',
  ],
};

function withDetail(inputs: fc.Arbitrary<LetterInput>): fc.Arbitrary<LetterInput> {
  return inputs.chain((input) =>
    fc
      .option(fc.constantFrom(...details[input.locale]), { nil: undefined })
      .map((reasonDetail) => ({ ...input, reasonDetail })),
  );
}

/** The engine's own words: everything the person typed taken out. */
function ownWords(text: string, input: LetterInput): string {
  const typed = lintOptionsFor(input).ignore ?? [];
  // Longest first, so that a name inside a company name does not leave half of it behind.
  // Markdown holds the typed text escaped, so both forms are taken out; a job title stands in
  // running text with a small first letter ("tjänsten som projektledare").
  const lowerFirst = (value: string) => value.charAt(0).toLocaleLowerCase() + value.slice(1);
  return typed
    .flatMap((value) => [value.trim(), lowerFirst(value.trim())])
    .flatMap((value) => [value, escapeMarkdown(value)])
    .sort((a, b) => b.length - a.length)
    .reduce((rest, value) => rest.split(value).join(' '), text);
}

const leftovers = /undefined|null|NaN|\[object Object\]|[{}]|\$\{/;

// A thousand runs each take a few seconds, more on a busy machine.
describe('generateLetter, for any valid answers', { timeout: 60_000 }, () => {
  it('leaves no undefined, null, NaN, [object Object] or placeholder, and signs with the name', () => {
    fc.assert(
      fc.property(answers({ name: personName, company: freeText, line: freeText }), (input) => {
        const { documents, advice, position } = generateLetter(input);
        expect(documents.length).toBeGreaterThan(0);
        for (const doc of documents) {
          for (const text of [doc.title, doc.subject ?? '', doc.text, doc.markdown]) {
            expect(ownWords(text, input)).not.toMatch(leftovers);
          }
          if (doc.kind === 'email' || doc.kind === 'letter')
            expect(doc.text).toContain(input.applicant.name);
        }
        for (const item of [...advice, ...position.messages]) {
          expect(item.message).not.toMatch(leftovers);
          expect(sectionIds).toContain(item.sectionId);
        }
      }),
      runs,
    );
  });

  it('escapes what the person typed, so markdown shows it exactly as written', () => {
    const markdown = unified().use(remarkParse);
    /** The text a CommonMark renderer shows, line breaks as spaces. */
    const shown = (source: string) => {
      const parts: string[] = [];
      visit(markdown.parse(source), (node) => {
        if (node.type === 'text' || node.type === 'inlineCode')
          parts.push((node as { value: string }).value);
        if (node.type === 'break') parts.push(' ');
      });
      return parts.join('');
    };
    fc.assert(
      fc.property(answers({ name: personName, company: freeText, line: freeText }), (input) => {
        for (const doc of generateLetter(input).documents) {
          if (doc.kind === 'email' || doc.kind === 'letter') {
            expect(shown(doc.markdown)).toContain(input.recipient.company.trim());
            expect(shown(doc.markdown)).toContain(input.applicant.name);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('writes the same documents every time for the same answers', () => {
    fc.assert(
      fc.property(answers({ name: personName, company: freeText, line: freeText }), (input) => {
        expect(generateLetter(input)).toEqual(generateLetter(input));
      }),
      { numRuns: 200 },
    );
  });

  it('lints clean: every document passes the guide-based check', () => {
    // Names and companies that are also words the lint looks for, mixed in with any other names.
    const ruleWord = fc.constantFrom(
      'Du',
      'U',
      'Hi',
      'Din',
      'Bvd',
      'Er',
      'Je',
      'Hej',
      'Mvh',
      'Tack',
    );
    const names = fc.oneof(
      personName,
      fc.tuple(ruleWord, word).map(([first, last]) => `${first} ${last}`),
      fc.tuple(word, ruleWord).map(([first, last]) => `${first} ${last}`),
    );
    const companies = fc.constantFrom(
      'MVH Bygg AB',
      'Du & Jag AB',
      'Nordlys AB',
      'Polderdata B.V.',
      'Volvo Cars',
      'Gemeente Utrecht',
      'H&M',
    );
    const titles = fc.constantFrom(
      'projektledare',
      'Projectleider',
      'UX-designer',
      'Senior Developer',
      'verpleegkundige',
    );
    fc.assert(
      fc.property(
        withDetail(answers({ name: names, company: companies, line: titles })),
        (input) => {
          const { documents } = generateLetter(input);
          // Names may be words the lint looks for ("Du", "U", "Hi", "Bvd"): what the person typed
          // is passed as text it must not flag, as the frontends do.
          for (const doc of documents) {
            const findings = lintDocument(doc, lintOptionsFor(input));
            expect(findings, doc.text).toEqual([]);
          }
        },
      ),
      runs,
    );
  });
});

describe('bad answers', { timeout: 60_000 }, () => {
  function expectDocumentedFailure(raw: unknown): void {
    const result = validateLetterInput(raw);
    if (result.success) {
      expect(() => generateLetter(raw as LetterInput)).not.toThrow();
      return;
    }
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue.message).toMatch(/\p{L}{3}.*\.$/u);
    expect(() => generateLetter(raw as LetterInput)).toThrow(LetterInputError);
  }

  it('give localized issues and a LetterInputError for anything at all, never a TypeError', () => {
    fc.assert(fc.property(fc.anything(), expectDocumentedFailure), runs);
  });

  it('give localized issues when any one answer is replaced by anything', () => {
    const valid = answers({ name: personName, company: freeText, line: freeText });
    const field = fc.constantFrom(
      'locale',
      'channel',
      'formality',
      'reason',
      'applicant',
      'recipient',
      'position',
      'startDate',
      'acceptedOn',
      'today',
      'contractSigned',
      'acceptance',
      'contractType',
      'trialPeriod',
      'trialMonths',
      'noticeMonths',
      'collectiveAgreement',
      'stateEmployer',
      'place',
    );
    fc.assert(
      fc.property(valid, field, fc.anything(), (input, key, value) => {
        expectDocumentedFailure({ ...input, [key]: value });
      }),
      runs,
    );
  });
});
