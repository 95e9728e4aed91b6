import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLetter } from '../generate.ts';
import type { LetterInput } from '../input.ts';
import { lintDocument } from './index.ts';

const isoDay = (base: string, days: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Names, companies and reasons as real users type them, including ones that look like rule words. */
const names = fc.constantFrom(
  'Anna Lindqvist',
  'Åsa Öberg',
  'Anna Du Rietz',
  'Daan de Vries',
  'Seán O’Brien',
  'Anne-Marie van der Berg',
  'Zoë Ng',
  'Mo',
);
const companies = fc.constantFrom(
  'Nordlys AB',
  'Polderdata B.V.',
  'MVH Bygg AB',
  'Groen & Co',
  'Acme',
);
const details = {
  sv: ['Jag har fått en tjänst närmare min familj.', 'Resvägen blev längre än jag hade räknat med'],
  nl: [
    'Ik heb een functie dichter bij huis gevonden.',
    'De reistijd blijkt langer dan ik had verwacht',
  ],
};

const input = fc
  .record({
    locale: fc.constantFrom('sv', 'nl'),
    channel: fc.constantFrom('email', 'letter', 'phone', 'meeting'),
    formality: fc.constantFrom('formal', 'informal'),
    reason: fc.constantFrom('compensation', 'career', 'better-offer', 'conditions', 'personal'),
    applicant: names,
    recipient: fc.option(names, { nil: undefined }),
    salutation: fc.constantFrom('mr', 'ms', 'none', undefined),
    company: companies,
    position: fc.constantFrom('projektledare', 'projectleider', 'UX-designer', 'verpleegkundige'),
    detail: fc.option(fc.nat(1), { nil: undefined }),
    daysLeft: fc.integer({ min: 0, max: 120 }),
    acceptedDaysAgo: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    contractSigned: fc.boolean(),
    counterOffer: fc.boolean(),
    keepDoorOpen: fc.boolean(),
    place: fc.option(fc.constantFrom('Uppsala', 'Utrecht'), { nil: undefined }),
  })
  .map((a): LetterInput => {
    const today = '2026-11-21';
    const startDate = isoDay(today, a.daysLeft);
    const acceptedOn =
      a.acceptedDaysAgo === undefined ? undefined : isoDay(today, -a.acceptedDaysAgo);
    return {
      locale: a.locale,
      channel: a.channel,
      formality: a.formality,
      reason: a.reason,
      applicant: { name: a.applicant, email: 'me@example.se' },
      recipient: {
        // After a call or a meeting the person knows whom they spoke to.
        ...(a.recipient || a.channel === 'phone' || a.channel === 'meeting'
          ? { name: a.recipient ?? 'Karin Holm' }
          : {}),
        ...(a.salutation ? { salutation: a.salutation } : {}),
        company: a.company,
      },
      position: a.position,
      ...(a.detail === undefined ? {} : { reasonDetail: details[a.locale][a.detail] }),
      startDate,
      ...(acceptedOn && acceptedOn <= startDate ? { acceptedOn } : {}),
      today,
      contractSigned: a.contractSigned,
      counterOffer: a.counterOffer,
      keepDoorOpen: a.keepDoorOpen,
      ...(a.place ? { place: a.place } : {}),
    };
  });

describe('generated letters', () => {
  it('lint clean, every document, in every locale, channel and formality', () => {
    fc.assert(
      fc.property(input, (answers) => {
        for (const document of generateLetter(answers).documents) {
          const findings = lintDocument(document, {
            locale: answers.locale,
            formality: answers.formality,
          });
          expect(findings, `${document.kind}:\n${document.text}`).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
