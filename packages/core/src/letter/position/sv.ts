import { atStake, defaultNoticeNotes, endsWithNotice, noteMaker } from './notes.ts';
import { addMonthsClamped } from './notice.ts';
import { sources } from './sources.ts';
import { svWords } from './sv-words.ts';
import type { Assessment, Jurisdiction, LegalRule, Note, PositionFacts } from './types.ts';

/**
 * Sweden, as ../../../../../shared/law.md states it. Every rule names the statute or the answer
 * it rests on; `reviewed` is when it was last read against them.
 */
const reviewed = '2026-12-01';

/** The Swedish rules applied (LAS, avtalslagen), each with its source, certainty and review date. */
export const svRules = {
  /** An employment contract needs no form: offer and acceptance (avtalslagen 1 §). */
  'acceptance-binds': {
    cites: 'avtalslagen 1 §, 3 § 2 st.; AD 1981 nr 131 (som Lawline och FAR återger den)',
    certainty: 'secondary',
    sources: [sources.avtalslagen, sources.lawline],
    reviewed,
  },
  /** Trial employment: at most six months; the employee may end it early, also before day one. */
  'trial-employment': {
    cites: 'LAS 6 §',
    certainty: 'secondary',
    sources: [sources.las, sources.lawline, sources.handelsnytt],
    reviewed,
  },
  /** A permanent job can be resigned from before it starts; notice runs from receipt. */
  'resign-before-start': {
    cites: 'LAS 4 §, 11 § (Lawline, Säljarnas, Ledarna; inget klargörande avgörande från AD)',
    certainty: 'secondary',
    sources: [sources.lawlineBeforeStart, sources.saljarnas, sources.ledarna],
    reviewed,
  },
  /** The employee's notice is at least one month; a collective agreement may set longer. */
  'notice-period': {
    cites: 'LAS 11 §',
    certainty: 'statute',
    sources: [sources.las, sources.unionen, sources.akavia],
    reviewed,
  },
  /** Whether an individual contract alone binds the employee to more than a month is disputed. */
  'longer-notice-open': {
    cites: 'LAS 11 §; akavia.se, unionen.se, ledarna.se',
    certainty: 'open',
    sources: [sources.akavia, sources.unionen, sources.ledarna],
    reviewed,
  },
  /** A fixed-term job cannot be ended early unless the contract or an agreement allows it. */
  'fixed-term': {
    cites: 'LAS 4 §; akavia.se, arkitekt.se',
    certainty: 'secondary',
    sources: [sources.akavia],
    reviewed,
  },
  /** Notice not observed: damages for the economic loss the employer proves, which can be reduced. */
  damages: {
    cites: 'LAS 38 §',
    certainty: 'secondary',
    sources: [sources.las, sources.lawline, sources.ka],
    reviewed,
  },
  /** State employees must resign in writing. */
  'written-form': {
    cites: 'ledarna.se',
    certainty: 'secondary',
    sources: [sources.ledarna],
    reviewed,
  },
  /** Resigning from a current job without valid reasons risks 45 days without a-kassa. */
  unemployment: {
    cites: 'arbetet.se 2023; akademikernasakassa.se',
    certainty: 'secondary',
    sources: [sources.akademikernasAkassa],
    reviewed,
  },
  /** What the 2022 LAS reform changed in the details of 6 § was not found. */
  'reform-open': {
    cites: 'LAS 6 § (lydelse efter 2022)',
    certainty: 'open',
    sources: [sources.las],
    reviewed,
  },
} as const satisfies Record<string, LegalRule>;

export type SvRule = keyof typeof svRules;

export type SvCode =
  | 'trial-period'
  | 'notice-ends-before-start'
  | 'notice-ends-after-start'
  | 'fixed-term'
  | 'outcome-unknown'
  | 'check-contract-type'
  | 'check-trial'
  | 'check-early-termination'
  | 'trial-agreement-notice'
  | 'trial-too-long'
  | 'notice-received'
  | 'notice-default'
  | 'check-collective-agreement'
  | 'agreement-notice'
  | 'longer-notice-disputed'
  | 'state-employer'
  | 'unemployment-benefit'
  | 'exposure'
  | 'not-legal-advice';

type SvNote = Note<SvCode, SvRule>;

/** The law's minimum notice for the employee (LAS 11 §), in months. */
const statutoryMonths = 1;
/** LAS 6 §: a trial period is at most six months. */
const maxTrialMonths = 6;

const note = noteMaker<SvCode, SvRule>();

function assess(facts: PositionFacts): Assessment<SvCode, SvRule> {
  const notes: SvNote[] = [];
  // Every channel reaches the employer today: an e-mail, a call or meeting, or the e-mail sent
  // ahead of a posted letter. The notice counts from then (law.md, notice arithmetic).
  const noticeGiven = facts.today;
  const months = facts.noticeMonths ?? statutoryMonths;
  const noticeEnd = addMonthsClamped(noticeGiven, months);
  const basis = facts.acceptance === 'signed' ? 'signed' : 'accepted';
  const contract = facts.contractType ?? 'unknown';
  const trial = facts.trialPeriod ?? 'unknown';

  let result: Pick<
    Assessment<SvCode, SvRule>,
    'outcome' | 'lastDay' | 'ending' | 'wouldEnd' | 'statutoryLastDay'
  >;

  if (trial === 'yes') {
    result = { outcome: 'trial-period', lastDay: noticeGiven, ending: { basis, way: 'immediate' } };
    notes.push(note('trial-period', 'info', 'step-contract', 'trial-employment'));
    if (facts.trialMonths !== undefined && facts.trialMonths > maxTrialMonths)
      notes.push(note('trial-too-long', 'warning', 'step-contract', 'trial-employment'));
    if (facts.collectiveAgreement !== 'no')
      notes.push(
        note(
          'trial-agreement-notice',
          'warning',
          'step-contract',
          'trial-employment',
          'reform-open',
        ),
      );
  } else if (endsWithNotice(facts)) {
    const before = noticeEnd < facts.startDate;
    result = {
      outcome: before ? 'notice-ends-before-start' : 'notice-ends-after-start',
      lastDay: noticeEnd,
      ending: { basis, way: 'notice', noticeMonths: months, lastDay: noticeEnd },
    };
    notes.push(
      note(
        before ? 'notice-ends-before-start' : 'notice-ends-after-start',
        before ? 'info' : 'warning',
        'step-contract',
        'acceptance-binds',
        'resign-before-start',
        'notice-period',
      ),
    );
    if (trial === 'unknown')
      notes.push(note('check-trial', 'info', 'step-contract', 'trial-employment'));
  } else if (contract === 'fixed-term' && facts.earlyTerminationClause === false) {
    result = { outcome: 'fixed-term', ending: { basis, way: 'agreement' } };
    notes.push(note('fixed-term', 'warning', 'step-contract', 'fixed-term'));
  } else {
    result = {
      outcome: 'unknown',
      ending: { basis, way: 'applicable-notice' },
      wouldEnd: noticeEnd,
    };
    notes.push(
      note(
        'outcome-unknown',
        'warning',
        'step-contract',
        'acceptance-binds',
        'resign-before-start',
        'notice-period',
      ),
    );
    if (contract === 'fixed-term')
      notes.push(note('check-early-termination', 'warning', 'step-contract', 'fixed-term'));
    else notes.push(note('check-contract-type', 'warning', 'step-contract', 'fixed-term'));
    if (trial === 'unknown')
      notes.push(note('check-trial', 'info', 'step-contract', 'trial-employment'));
  }

  if (result.outcome !== 'trial-period' && result.outcome !== 'fixed-term') {
    notes.push(note('notice-received', 'info', `channel-${facts.channel}`, 'resign-before-start'));
    if (facts.noticeMonths === undefined) {
      notes.push(...defaultNoticeNotes(facts.collectiveAgreement, 'notice-period'));
    } else if (months > statutoryMonths && facts.collectiveAgreement !== 'yes') {
      result.statutoryLastDay = addMonthsClamped(noticeGiven, statutoryMonths);
      notes.push(note('longer-notice-disputed', 'warning', 'step-contract', 'longer-notice-open'));
    }
  }
  if (facts.stateEmployer)
    notes.push(note('state-employer', 'warning', 'step-contract', 'written-form'));
  if (facts.resignedCurrentJob)
    notes.push(note('unemployment-benefit', 'warning', 'downside-finances', 'unemployment'));

  // At stake only where the contract might run past the first day without being worked.
  const exposure = atStake(result.outcome)
    ? note('exposure', 'warning', 'downside-legal', 'damages')
    : undefined;

  // Assigned onto `result` rather than `{ ...result, bound, … }`, with the same keys in the same
  // order: V8 gives an object spread and then extended a slow shape, read by every message.
  const assessment = result as Assessment<SvCode, SvRule>;
  assessment.bound = 'yes';
  // An agreement is asked for, not notice given.
  if (result.outcome !== 'fixed-term') assessment.noticeGiven = noticeGiven;
  assessment.months = months;
  if (exposure) assessment.exposure = exposure;
  assessment.notes = exposure ? [...notes, exposure] : notes;
  return assessment;
}

export const sweden: Jurisdiction<SvCode, SvRule> = { rules: svRules, assess, words: svWords };
