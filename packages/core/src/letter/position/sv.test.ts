import { describe, it } from 'vitest';
import type { LetterInput } from '../input.ts';
import { checkRow, type Row } from './table.ts';

/** A Swedish applicant with none of the law's questions answered; each row adds its answers. */
const base: LetterInput = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Lindqvist' },
  recipient: { company: 'Nordlys AB' },
  position: 'projektledare',
  reason: 'career',
  startDate: '2027-01-11',
  today: '2026-11-21',
};

const permanent = { contractType: 'permanent', trialPeriod: 'no' } as const;

// Each row cites the rule of ../../../../../shared/law.md (Sweden) it tests.
const rows: Row[] = [
  // Avtalslagen 1 §: an employment contract needs no form.
  { rule: 'avtalslagen 1 §', case: 'a spoken yes binds', answers: { ...permanent, acceptance: 'spoken' }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  { rule: 'avtalslagen 1 §', case: 'an e-mailed yes binds', answers: { ...permanent, acceptance: 'email' }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  { rule: 'avtalslagen 1 §', case: 'a signed contract binds', answers: { ...permanent, acceptance: 'signed' }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  { rule: 'avtalslagen 1 §', case: 'contractSigned is a signed acceptance', answers: { ...permanent, contractSigned: true }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  { rule: 'avtalslagen 1 §', case: 'how they said yes does not matter when unanswered', answers: permanent, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  // LAS 6 §: trial employment.
  { rule: 'LAS 6 §', case: 'a trial employment ends at once, also before day one', answers: { trialPeriod: 'yes', contractType: 'permanent' }, outcome: 'trial-period', lastDay: '2026-11-21', says: ['trial-period'], exposure: null },
  { rule: 'LAS 6 §', case: 'a trial employment with the contract type unanswered', answers: { trialPeriod: 'yes' }, outcome: 'trial-period', lastDay: '2026-11-21' },
  { rule: 'LAS 6 §', case: 'a trial period over six months is flagged', answers: { trialPeriod: 'yes', trialMonths: 8 }, outcome: 'trial-period', says: ['trial-too-long'], wording: ['trial-too-long', /högst sex månader/] },
  { rule: 'LAS 6 §', case: 'six months is within the law', answers: { trialPeriod: 'yes', trialMonths: 6 }, outcome: 'trial-period', not: ['trial-too-long'] },
  { rule: 'LAS 6 §; Handels', case: 'a collective agreement may require notice in trial employment', answers: { trialPeriod: 'yes', collectiveAgreement: 'yes' }, outcome: 'trial-period', says: ['trial-agreement-notice'], wording: ['trial-agreement-notice', /Handels.*två veckor.*fack/] },
  { rule: 'LAS 6 §; Handels', case: 'an unknown collective agreement is a thing to check', answers: { trialPeriod: 'yes', collectiveAgreement: 'unknown' }, outcome: 'trial-period', says: ['trial-agreement-notice'] },
  { rule: 'LAS 6 §', case: 'no collective agreement: the statute alone', answers: { trialPeriod: 'yes', collectiveAgreement: 'no' }, outcome: 'trial-period', not: ['trial-agreement-notice'] },
  { rule: 'LAS 6 § (2022, open)', case: 'the 2022 reform is named as not found', answers: { trialPeriod: 'yes' }, outcome: 'trial-period', wording: ['trial-agreement-notice', /2022/] },
  { rule: 'LAS 6 §', case: 'an unknown trial period is a thing to check, notice is the fallback', answers: { contractType: 'permanent', trialPeriod: 'unknown' }, outcome: 'notice-ends-before-start', says: ['check-trial'] },
  // LAS 4 §, 11 §; Lawline: resigning before the start, notice from receipt.
  { rule: 'Lawline; LAS 11 §', case: 'notice ends before the start date', answers: permanent, outcome: 'notice-ends-before-start', lastDay: '2026-12-21', exposure: null, wording: ['notice-ends-before-start', /Arbetsdomstolen har ännu inte prövat/] },
  { rule: 'Lawline; LAS 11 §', case: 'notice ends after the start date', answers: { ...permanent, startDate: '2026-12-01' }, outcome: 'notice-ends-after-start', lastDay: '2026-12-21', exposure: /LAS 38 §/ },
  { rule: 'Lawline; LAS 11 §', case: 'notice ending on the first day still ends after the start', answers: { ...permanent, startDate: '2026-12-21' }, outcome: 'notice-ends-after-start', lastDay: '2026-12-21' },
  { rule: 'Lawline; LAS 11 §', case: 'notice ending the day before the first day ends before it', answers: { ...permanent, startDate: '2026-12-22' }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  { rule: 'LAS 11 §', case: 'the start date has passed: notice runs all the same', answers: { ...permanent, startDate: '2026-11-02' }, outcome: 'notice-ends-after-start', lastDay: '2026-12-21' },
  // Notice arithmetic (sv): receipt + months; a month without the date ends on its last day.
  { rule: 'law.md, notice arithmetic (sv)', case: '31 January + 1 month is 28 February', answers: { ...permanent, today: '2027-01-31', startDate: '2027-06-01' }, outcome: 'notice-ends-before-start', lastDay: '2027-02-28' },
  { rule: 'law.md, notice arithmetic (sv)', case: 'in a leap year, 29 February', answers: { ...permanent, today: '2028-01-31', startDate: '2028-06-01' }, outcome: 'notice-ends-before-start', lastDay: '2028-02-29' },
  { rule: 'law.md, notice arithmetic (sv)', case: '29 January + 1 month in a leap year', answers: { ...permanent, today: '2028-01-29', startDate: '2028-06-01' }, outcome: 'notice-ends-before-start', lastDay: '2028-02-29' },
  { rule: 'law.md, notice arithmetic (sv)', case: '30 January + 1 month in a common year', answers: { ...permanent, today: '2027-01-30', startDate: '2027-06-01' }, outcome: 'notice-ends-before-start', lastDay: '2027-02-28' },
  { rule: 'law.md, notice arithmetic (sv)', case: '31 March + 1 month is 30 April', answers: { ...permanent, today: '2027-03-31', startDate: '2027-06-01' }, outcome: 'notice-ends-before-start', lastDay: '2027-04-30' },
  { rule: 'law.md, notice arithmetic (sv)', case: 'across the year: 31 December + 2 months', answers: { ...permanent, today: '2026-12-31', noticeMonths: 2, collectiveAgreement: 'yes', startDate: '2027-06-01' }, outcome: 'notice-ends-before-start', lastDay: '2027-02-28' },
  { rule: 'law.md, notice arithmetic (sv)', case: 'the letter channel counts from the e-mail sent ahead today', answers: { ...permanent, channel: 'letter' }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21', wording: ['notice-received', /mejlet som du skickar före brevet.*i dag/] },
  { rule: 'law.md, notice arithmetic (sv)', case: 'the post: no number of days in the sources, said so', answers: { ...permanent, channel: 'letter' }, outcome: 'notice-ends-before-start', wording: ['notice-received', /Våra källor anger inte hur många dagar/] },
  { rule: 'law.md, notice arithmetic (sv)', case: 'an e-mail counts when sent in working hours', answers: permanent, outcome: 'notice-ends-before-start', wording: ['notice-received', /under arbetstid/] },
  // LAS 11 §: at least a month; a collective agreement may set longer; longer by contract is open.
  { rule: 'LAS 11 §', case: 'no notice given: the law’s month', answers: permanent, outcome: 'notice-ends-before-start', says: ['notice-default', 'check-collective-agreement'] },
  { rule: 'LAS 11 §', case: 'a collective agreement may set longer', answers: { ...permanent, collectiveAgreement: 'yes' }, outcome: 'notice-ends-before-start', says: ['agreement-notice'], not: ['check-collective-agreement'] },
  { rule: 'LAS 11 §', case: 'three months under a collective agreement', answers: { ...permanent, noticeMonths: 3, collectiveAgreement: 'yes', startDate: '2027-01-11' }, outcome: 'notice-ends-after-start', lastDay: '2027-02-21', not: ['longer-notice-disputed', 'notice-default'] },
  { rule: 'LAS 11 § (open)', case: 'three months by contract alone is disputed', answers: { ...permanent, noticeMonths: 3, collectiveAgreement: 'no' }, outcome: 'notice-ends-after-start', lastDay: '2027-02-21', says: ['longer-notice-disputed'], wording: ['longer-notice-disputed', /omstritt.*den 21 februari 2027.*den 21 december 2026.*fack/] },
  { rule: 'LAS 11 § (open)', case: 'longer notice with the agreement unknown is disputed too', answers: { ...permanent, noticeMonths: 2, collectiveAgreement: 'unknown' }, outcome: 'notice-ends-after-start', lastDay: '2027-01-21', says: ['longer-notice-disputed'] },
  // Fixed-term (visstid): only a mutual agreement, unless the contract allows notice.
  { rule: 'akavia.se; arkitekt.se', case: 'a fixed-term job without an exit clause', answers: { contractType: 'fixed-term', earlyTerminationClause: false }, outcome: 'fixed-term', lastDay: null, says: ['fixed-term'], exposure: /tidsbegränsade.*LAS 38 §/ },
  { rule: 'akavia.se; arkitekt.se', case: 'a fixed-term job with an exit clause is ended with notice', answers: { contractType: 'fixed-term', earlyTerminationClause: true, trialPeriod: 'no' }, outcome: 'notice-ends-before-start', lastDay: '2026-12-21' },
  { rule: 'akavia.se; arkitekt.se', case: 'a fixed-term job, exit clause not known', answers: { contractType: 'fixed-term' }, outcome: 'unknown', lastDay: null, says: ['check-early-termination'] },
  { rule: 'LAS 4 §', case: 'an exit clause means nothing in a permanent job', answers: { ...permanent, earlyTerminationClause: false }, outcome: 'notice-ends-before-start' },
  { rule: 'LAS 4 §', case: 'contract type unknown: say what to check, decide nothing', answers: { contractType: 'unknown', trialPeriod: 'no' }, outcome: 'unknown', lastDay: null, says: ['outcome-unknown', 'check-contract-type'], wording: ['outcome-unknown', /den 21 december 2026/] },
  { rule: 'LAS 4 §', case: 'nothing answered at all', answers: {}, outcome: 'unknown', says: ['check-contract-type', 'check-trial'] },
  // LAS 38 §: damages for proven loss, can be reduced; recruitment costs not named.
  { rule: 'LAS 38 §', case: 'the exposure is proven loss, reducible, recruitment costs not named', answers: { ...permanent, startDate: '2026-12-01' }, outcome: 'notice-ends-after-start', exposure: /ekonomiska förlust den kan visa \(LAS 38 §\).*jämkas.*Ingen av våra källor nämner kostnaden för en ny rekrytering/ },
  { rule: 'LAS 38 §', case: 'unknown outcome: the exposure is conditional', answers: {}, outcome: 'unknown', exposure: /Håller du inte den uppsägningstid som gäller/ },
  // Written form; unemployment insurance.
  { rule: 'ledarna.se', case: 'a state employer: in writing', answers: { ...permanent, stateEmployer: true }, outcome: 'notice-ends-before-start', says: ['state-employer'] },
  { rule: 'ledarna.se', case: 'other employers: no written form', answers: permanent, outcome: 'notice-ends-before-start', not: ['state-employer'] },
  { rule: 'arbetet.se; akademikernasakassa.se', case: 'resigned from the current job: 45 days of a-kassa at risk', answers: { ...permanent, resignedCurrentJob: true }, outcome: 'notice-ends-before-start', says: ['unemployment-benefit'], wording: ['unemployment-benefit', /45 dagar/] },
];

describe('Sweden: where a person stands (law.md, sv)', () => {
  it.each(rows.map((row) => [`${row.rule}: ${row.case}`, row] as const))('%s', (_, row) =>
    checkRow(base, row),
  );
});
