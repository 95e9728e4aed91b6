import type { LetterInput } from '../input.ts';

/** A Swedish applicant with every optional answer filled in. */
export const anna = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: {
    name: 'Anna Lindqvist',
    email: 'anna.lindqvist@example.se',
    phone: '070-123 45 67',
    address: 'Storgatan 12\n123 45 Uppsala',
  },
  recipient: {
    name: 'Karin Holm',
    title: 'Rekryteringsansvarig',
    company: 'Nordlys AB',
    email: 'karin.holm@nordlys.example',
    address: 'Box 301\n111 22 Stockholm',
  },
  position: 'Projektledare',
  reason: 'career',
  acceptedOn: '2026-11-02',
  startDate: '2027-01-11',
  today: '2026-11-21',
  place: 'Uppsala',
} as const satisfies LetterInput;

/** A Dutch applicant writing to a named manager, with a signed contract. */
export const daan = {
  locale: 'nl',
  channel: 'letter',
  formality: 'formal',
  applicant: {
    name: 'Daan de Vries',
    email: 'daan@example.nl',
    phone: '06-12345678',
    address: 'Oudegracht 200\n3511 NR Utrecht',
  },
  recipient: {
    name: 'Sanne van der Berg',
    salutation: 'ms',
    title: 'HR-manager',
    company: 'Polderdata B.V.',
    address: 'Stationsplein 1\n1012 AB Amsterdam',
  },
  position: 'projectleider',
  reason: 'better-offer',
  startDate: '2026-12-01',
  today: '2026-11-21',
  contractSigned: true,
  place: 'Utrecht',
} as const satisfies LetterInput;
