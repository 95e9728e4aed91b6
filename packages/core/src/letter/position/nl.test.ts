import { describe, it } from 'vitest';
import type { LetterInput } from '../input.ts';
import { checkRow, type Row } from './__fixtures__/table.ts';

/** A Dutch applicant with none of the law's questions answered; each row adds its answers. */
const base: LetterInput = {
  locale: 'nl',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Daan de Vries' },
  recipient: { company: 'Polderdata B.V.', name: 'Sanne de Vries' },
  position: 'projectleider',
  reason: 'career',
  startDate: '2027-01-11',
  today: '2026-11-21',
};

/** Signed, permanent, no trial period: the plain notice case. */
const signed = { acceptance: 'signed', contractType: 'permanent', trialPeriod: 'no' } as const;
/** Agreed by e-mail on pay, hours and start. */
const emailed = { acceptance: 'email', essentialsAgreed: 'yes' } as const;

// Each row cites the rule of ../../../../../shared/law.md (the Netherlands) it tests.
const rows: Row[] = [
  // Offer and acceptance, orally or in writing, once the essentials are agreed.
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'no agreement on the essentials: not bound',
    answers: { acceptance: 'email', essentialsAgreed: 'no' },
    outcome: 'not-bound',
    lastDay: null,
    exposure: null,
    says: ['not-bound'],
    not: ['clear-notice'],
  },
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'a spoken yes without the essentials: not bound',
    answers: { acceptance: 'spoken', essentialsAgreed: 'no' },
    outcome: 'not-bound',
  },
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'a signed contract binds whatever the essentials answer',
    answers: { ...signed, essentialsAgreed: 'no' },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-12-31',
  },
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'an e-mailed yes on the essentials binds',
    answers: { ...emailed, contractType: 'permanent', trialPeriod: 'no' },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-12-31',
  },
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'a spoken yes on the essentials binds',
    answers: { acceptance: 'spoken', essentialsAgreed: 'yes', contractType: 'permanent' },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-12-31',
  },
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'essentials unknown: check, decide nothing',
    answers: {
      acceptance: 'email',
      essentialsAgreed: 'unknown',
      contractType: 'permanent',
      trialPeriod: 'no',
    },
    outcome: 'unknown',
    lastDay: null,
    says: ['check-essentials'],
  },
  {
    rule: 'Rb. Midden-Nederland 2025:3824',
    case: 'nothing answered',
    answers: {},
    outcome: 'unknown',
    says: ['check-essentials', 'check-contract-type', 'check-trial'],
  },
  // BW 7:652: a trial period only in writing, the same for both, at most two months.
  {
    rule: 'BW 7:652, 7:676 lid 1',
    case: 'a written trial period (signed): end at once',
    answers: { acceptance: 'signed', trialPeriod: 'yes', contractType: 'permanent' },
    outcome: 'trial-period',
    lastDay: '2026-11-21',
    exposure: null,
    says: ['trial-period'],
  },
  {
    rule: 'BW 7:652, 7:676 lid 1',
    case: 'a trial period agreed by e-mail is written',
    answers: { ...emailed, trialPeriod: 'yes', contractType: 'permanent' },
    outcome: 'trial-period',
    lastDay: '2026-11-21',
  },
  {
    rule: 'BW 7:652',
    case: 'a spoken yes has no trial period',
    answers: {
      acceptance: 'spoken',
      essentialsAgreed: 'yes',
      trialPeriod: 'yes',
      contractType: 'permanent',
    },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-12-31',
    says: ['trial-not-written'],
    not: ['trial-period'],
  },
  {
    rule: 'BW 7:652',
    case: 'a spoken yes: no trial period to check either',
    answers: { acceptance: 'spoken', essentialsAgreed: 'yes', contractType: 'permanent' },
    outcome: 'notice-ends-before-start',
    not: ['check-trial'],
  },
  {
    rule: 'BW 7:652',
    case: 'two months is the maximum',
    answers: {
      acceptance: 'signed',
      trialPeriod: 'yes',
      trialMonths: 2,
      contractType: 'permanent',
    },
    outcome: 'trial-period',
    not: ['trial-too-long'],
  },
  {
    rule: 'BW 7:652',
    case: 'three months is more than the law allows: ask, fall back on notice',
    answers: {
      acceptance: 'signed',
      trialPeriod: 'yes',
      trialMonths: 3,
      contractType: 'permanent',
    },
    outcome: 'notice-ends-before-start',
    says: ['trial-too-long'],
    wording: ['trial-too-long', /Juridisch Loket/],
  },
  {
    rule: 'BW 7:652',
    case: 'a trial period in a fixed-term contract depends on its length',
    answers: {
      acceptance: 'signed',
      trialPeriod: 'yes',
      contractType: 'fixed-term',
      earlyTerminationClause: false,
    },
    outcome: 'fixed-term',
    says: ['check-trial-fixed-term'],
  },
  {
    rule: 'BW 7:652',
    case: 'a trial period with no word on how the yes was given',
    answers: { essentialsAgreed: 'yes', trialPeriod: 'yes', contractType: 'permanent' },
    outcome: 'notice-ends-before-start',
    says: ['check-trial-written'],
  },
  {
    rule: 'BW 7:652',
    case: 'trial period unknown: check it',
    answers: { acceptance: 'signed', contractType: 'permanent', trialPeriod: 'unknown' },
    outcome: 'notice-ends-before-start',
    says: ['check-trial'],
  },
  // HR 1917; Rb. Oost-Brabant 2025: notice runs from the notice, not from the start date.
  {
    rule: 'HR 19-10-1917; Rb. Oost-Brabant 2025:3256',
    case: 'notice ends before the start',
    answers: signed,
    outcome: 'notice-ends-before-start',
    lastDay: '2026-12-31',
    exposure: null,
  },
  {
    rule: 'HR 19-10-1917; Rb. Oost-Brabant 2025:3256',
    case: 'notice ends after the start',
    answers: { ...signed, startDate: '2026-12-01' },
    outcome: 'notice-ends-after-start',
    lastDay: '2026-12-31',
    exposure: /1 december 2026 tot en met 31 december 2026 \(BW 7:677 lid 4\)/,
  },
  {
    rule: 'HR 19-10-1917',
    case: 'ending on the first day is ending after the start',
    answers: { ...signed, startDate: '2026-12-31' },
    outcome: 'notice-ends-after-start',
  },
  {
    rule: 'HR 19-10-1917',
    case: 'ending the day before the first day',
    answers: { ...signed, startDate: '2027-01-01' },
    outcome: 'notice-ends-before-start',
  },
  // BW 7:672 lid 1 and 4: one month, to the end of a calendar month.
  {
    rule: 'BW 7:672 lid 1; Juridisch Loket',
    case: 'sent 13 July, last day 31 August',
    answers: { ...signed, today: '2026-07-13', startDate: '2026-10-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-08-31',
  },
  {
    rule: 'BW 7:672 lid 1',
    case: 'given on the last day of a month',
    answers: { ...signed, today: '2026-07-31', startDate: '2026-10-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-08-31',
  },
  {
    rule: 'BW 7:672 lid 1',
    case: 'given on the first day of a month',
    answers: { ...signed, today: '2026-07-01', startDate: '2026-10-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-08-31',
  },
  {
    rule: 'BW 7:672 lid 1; ontslagwinkel.nl',
    case: 'given on 14 April, last day 31 May',
    answers: { ...signed, today: '2027-04-14', startDate: '2027-09-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2027-05-31',
  },
  {
    rule: 'BW 7:672 lid 1',
    case: 'January into February, common year',
    answers: { ...signed, today: '2027-01-31', startDate: '2027-06-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2027-02-28',
  },
  {
    rule: 'BW 7:672 lid 1',
    case: 'January into February, leap year',
    answers: { ...signed, today: '2028-01-30', startDate: '2028-06-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2028-02-29',
  },
  {
    rule: 'BW 7:672 lid 1',
    case: 'two months across the year into a leap February',
    answers: { ...signed, today: '2027-12-15', noticeMonths: 2, startDate: '2028-06-01' },
    outcome: 'notice-ends-before-start',
    lastDay: '2028-02-29',
  },
  {
    rule: 'BW 7:672 lid 4',
    case: 'no notice given: the law’s month',
    answers: signed,
    outcome: 'notice-ends-before-start',
    says: ['notice-default', 'check-collective-agreement'],
  },
  {
    rule: 'BW 7:672 lid 4',
    case: 'a cao may set another period',
    answers: { ...signed, collectiveAgreement: 'yes' },
    outcome: 'notice-ends-before-start',
    says: ['agreement-notice'],
  },
  {
    rule: 'BW 7:672 lid 4',
    case: 'no cao: nothing more to check',
    answers: { ...signed, collectiveAgreement: 'no' },
    outcome: 'notice-ends-before-start',
    not: ['agreement-notice', 'check-collective-agreement'],
  },
  // BW 7:672 lid 8: at most six months in writing.
  {
    rule: 'BW 7:672 lid 8',
    case: 'six months is within the law',
    answers: { ...signed, noticeMonths: 6 },
    outcome: 'notice-ends-after-start',
    lastDay: '2027-05-31',
    not: ['notice-over-maximum'],
  },
  {
    rule: 'BW 7:672 lid 8',
    case: 'seven months is more than a contract may set',
    answers: { ...signed, noticeMonths: 7 },
    outcome: 'notice-ends-after-start',
    lastDay: '2027-06-30',
    says: ['notice-over-maximum'],
    wording: ['notice-over-maximum', /zes maanden.*Juridisch Loket/],
  },
  // BW 7:667, 7:677 lid 4: fixed-term contracts.
  {
    rule: 'BW 7:667',
    case: 'fixed-term without a clause: only by agreement',
    answers: {
      acceptance: 'signed',
      contractType: 'fixed-term',
      earlyTerminationClause: false,
      trialPeriod: 'no',
    },
    outcome: 'fixed-term',
    lastDay: null,
    says: ['fixed-term'],
    not: ['clear-notice'],
    exposure: /rest van de afgesproken duur.*\(BW 7:677 lid 4\)/,
  },
  {
    rule: 'BW 7:667',
    case: 'fixed-term with a written clause: notice',
    answers: {
      acceptance: 'signed',
      contractType: 'fixed-term',
      earlyTerminationClause: true,
      trialPeriod: 'no',
    },
    outcome: 'notice-ends-before-start',
    lastDay: '2026-12-31',
  },
  {
    rule: 'BW 7:667',
    case: 'fixed-term, clause unknown: check',
    answers: { acceptance: 'signed', contractType: 'fixed-term', trialPeriod: 'no' },
    outcome: 'unknown',
    says: ['check-early-termination'],
  },
  {
    rule: 'BW 7:667',
    case: 'contract type unknown: check',
    answers: { acceptance: 'signed', contractType: 'unknown', trialPeriod: 'no' },
    outcome: 'unknown',
    lastDay: null,
    says: ['check-contract-type'],
    wording: ['outcome-unknown', /31 december 2026/],
  },
  // BW 7:677 lid 4; Bezo-Consult: the wage for the notice not observed, recruitment costs rarely.
  {
    rule: 'BW 7:677 lid 4; HR 12-12-2008',
    case: 'exposure: the wage, moderated; recruitment costs only in exceptional cases',
    answers: { ...signed, startDate: '2026-12-01' },
    outcome: 'notice-ends-after-start',
    exposure: /loon.*matigen.*werving en selectie.*uitzonderlijke gevallen.*Bezo-Consult/,
  },
  {
    rule: 'BW 7:677 lid 4',
    case: 'unknown: the exposure is conditional',
    answers: { acceptance: 'signed' },
    outcome: 'unknown',
    exposure: /die voor jou geldt/,
  },
  // HR 14-10-2005: a resignation must be clear.
  {
    rule: 'HR 14-10-2005, JAR 2005/270',
    case: 'the letter gives notice in so many words',
    answers: signed,
    outcome: 'notice-ends-before-start',
    says: ['clear-notice'],
    wording: ['clear-notice', /je e-mail/],
  },
  {
    rule: 'HR 14-10-2005, JAR 2005/270',
    case: 'after a call, the confirming e-mail does',
    answers: { ...signed, channel: 'phone' },
    outcome: 'notice-ends-before-start',
    wording: ['clear-notice', /de bevestigende e-mail/],
  },
  // Open: non-compete and study-cost clauses; unemployment benefit.
  {
    rule: 'law.md, not found',
    case: 'a signed contract: its clauses are an open question',
    answers: signed,
    outcome: 'notice-ends-before-start',
    says: ['clauses-open'],
  },
  {
    rule: 'odh-legal.nl; ontslagwinkel.nl',
    case: 'resigned from the current job: WW at risk',
    answers: { ...signed, resignedCurrentJob: true },
    outcome: 'notice-ends-before-start',
    says: ['unemployment-benefit'],
    wording: ['unemployment-benefit', /verwijtbaar werkloos/],
  },
  {
    rule: 'odh-legal.nl; ontslagwinkel.nl',
    case: 'also when not bound',
    answers: { acceptance: 'email', essentialsAgreed: 'no', resignedCurrentJob: true },
    outcome: 'not-bound',
    says: ['unemployment-benefit'],
  },
];

describe('The Netherlands: where a person stands (law.md, nl)', () => {
  it.each(rows.map((row) => [`${row.rule}: ${row.case}`, row] as const))('%s', (_, row) =>
    checkRow(base, row),
  );
});
