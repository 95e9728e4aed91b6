import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../test/spell.ts';
import { channels } from '../content/channels.ts';
import { locales } from '../locales.ts';
import { generateLetter } from './generate.ts';
import { formalities, type LetterInput, reasons } from './input.ts';

// Several writers, so that every wording the phrasebooks choose between is generated.
const writers = [
  'Anna Lindqvist',
  'Daan de Vries',
  'Sam Berg',
  'Noor Bakker',
  'Elin Ek',
  'Lars Öberg',
  'Fleur Smit',
  'Jonas Holm',
];
const recipients = [
  { name: 'Karin van Dijk', salutation: 'ms' },
  { name: 'Pieter Jansen', salutation: 'mr' },
  { name: 'Sam Jansen', salutation: 'none' },
  {},
] as const;
const typed = [
  'example',
  'HR',
  'Nordlys',
  'AB',
  'Karin',
  'Dijk',
  'Pieter',
  'Jansen',
  'Sam',
  'Storgatan',
  'Uppsala',
  'projektledare',
  'projectleider',
];

function* everyInput(): Generator<LetterInput> {
  for (const locale of locales)
    for (const channel of channels)
      for (const formality of formalities)
        for (const reason of reasons)
          for (const named of recipients)
            for (const name of writers) {
              // After a call or a meeting the person knows whom they spoke to.
              const spoken = channel === 'phone' || channel === 'meeting';
              const recipient = spoken && !('name' in named) ? recipients[0] : named;
              const position = locale === 'sv' ? 'projektledare' : 'projectleider';
              const base = { locale, channel, formality, reason, position, applicant: { name } };
              // Every optional answer given, the start date ahead and the door closed…
              yield {
                ...base,
                applicant: {
                  name,
                  email: 'a@example.se',
                  phone: '070-123 45 67',
                  address: 'Storgatan 1\n123 45 Uppsala',
                },
                recipient: { ...recipient, company: 'Nordlys AB', title: 'HR', address: 'Box 1' },
                acceptedOn: '2026-11-02',
                startDate: '2027-01-11',
                today: '2026-11-21',
                contractSigned: true,
                counterOffer: true,
                keepDoorOpen: false,
                place: 'Uppsala',
              };
              // …and none of them, with the start three days away, and on the day itself.
              for (const startDate of ['2026-11-24', '2026-11-21'])
                yield {
                  ...base,
                  recipient: { ...recipient, company: 'Nordlys AB' },
                  startDate,
                  today: '2026-11-21',
                };
            }
}

describe('spelling', () => {
  it('uses only words the sv-SE and nl-NL hunspell dictionaries (or the reviewed allow-list) accept', () => {
    const texts = { sv: new Set<string>(), nl: new Set<string>() };
    let count = 0;
    for (const input of everyInput()) {
      const { documents, advice } = generateLetter(input);
      for (const doc of documents)
        texts[input.locale].add(`${doc.title}\n${doc.subject ?? ''}\n${doc.text}`);
      for (const item of advice) texts[input.locale].add(item.message);
      count++;
    }
    expect(count).toBe(2 * 4 * 2 * 5 * 4 * writers.length * 3);
    const ignore = [...writers, ...typed];
    expect({
      sv: misspelledWords('sv', [...texts.sv].join('\n'), ignore),
      nl: misspelledWords('nl', [...texts.nl].join('\n'), ignore),
    }).toEqual({ sv: [], nl: [] });
    // Loading the two hunspell dictionaries takes seconds on its own.
  }, 60_000);
});
