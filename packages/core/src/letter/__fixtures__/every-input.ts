import { channels } from '../../content/channels.ts';
import { locales } from '../../locales.ts';
import { formalities, type LetterInput, reasons } from '../input.ts';

/**
 * Every combination of locale, channel, formality, reason, recipient and writer, once with every
 * optional answer and twice with none (the start three days away, and on the day itself): what
 * the tests that read every generated text run over.
 */
// Several writers, so that every wording the phrasebooks choose between is generated.
export const writers = [
  'Anna Lindqvist',
  'Daan de Vries',
  'Sam Berg',
  'Noor Bakker',
  'Elin Ek',
  'Lars Öberg',
  'Fleur Smit',
  'Jonas Holm',
];
export const recipients = [
  { name: 'Karin van Dijk', salutation: 'ms' },
  { name: 'Pieter Jansen', salutation: 'mr' },
  { name: 'Sam Jansen', salutation: 'none' },
  {},
] as const;
export const typed = [
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

export function* everyInput(): Generator<LetterInput> {
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
