import { nlWords } from './nl-words.ts';
import { atStake, defaultNoticeNotes, endsWithNotice, noteMaker } from './notes.ts';
import { endOfMonthNotice } from './notice.ts';
import { sources } from './sources.ts';
import type {
  Assessment,
  EndingFacts,
  Jurisdiction,
  LegalRule,
  Note,
  PositionFacts,
} from './types.ts';

/**
 * The Netherlands, as ../../../../../shared/law.md states it. Every rule names the article or the
 * ruling it rests on; `reviewed` is when it was last read against them.
 */
const reviewed = '2026-12-01';

/** The Dutch rules applied (BW book 7), each with its source, certainty and review date. */
export const nlRules = {
  /** A contract forms by offer and acceptance, orally or in writing, once the essentials are agreed. */
  'acceptance-binds': {
    cites: 'Rb. Midden-Nederland 24-07-2025, ECLI:NL:RBMNE:2025:3824',
    certainty: 'court',
    sources: [sources.rbMne2025, sources.vanGelderen],
    reviewed,
  },
  /** A trial period counts only in writing, the same for both, at most 2 months, none in ≤ 6-month contracts. */
  'trial-valid': {
    cites: 'BW 7:652',
    certainty: 'statute',
    sources: [sources.bw7],
    reviewed,
  },
  /** During the trial period either side may end the contract at once, also before day one. */
  'trial-ending': {
    cites: 'BW 7:676 lid 1',
    certainty: 'statute',
    sources: [sources.bw7],
    reviewed,
  },
  /** Without a trial period notice runs from the notice, not from the start date. */
  'notice-before-start': {
    cites: 'HR 19-10-1917, NJ 1917, p. 1108; Rb. Oost-Brabant 05-06-2025, ECLI:NL:RBOBR:2025:3256',
    certainty: 'court',
    sources: [sources.rbObr2025],
    reviewed,
  },
  /** One month, to the end of a calendar month; in writing at most six, the employer's then double. */
  'notice-period': {
    cites: 'BW 7:672 lid 1, 4 en 8',
    certainty: 'statute',
    sources: [sources.bw7, sources.ontslagwinkel],
    reviewed,
  },
  /** A fixed-term contract needs a written early-termination clause to be ended early. */
  'fixed-term': {
    cites: 'BW 7:667, 7:677 lid 4; Parket HR 06-09-2024, ECLI:NL:PHR:2024:900',
    certainty: 'court',
    sources: [sources.bw7, sources.phr2024, sources.russell],
    reviewed,
  },
  /** Notice not observed: the wage for the part not observed, which a judge may moderate. */
  damages: {
    cites: 'BW 7:677 lid 4; HR 12-12-2008 (Bezo-Consult), ECLI:NL:PHR:2008:BG1213',
    certainty: 'court',
    sources: [sources.bw7, sources.bezoConsult],
    reviewed,
  },
  /** A resignation binds only as a clear, unambiguous statement; a proposal to talk is not one. */
  'clear-notice': {
    cites: 'HR 14-10-2005, JAR 2005/270 (zoals advocatenkantoren die aanhalen)',
    certainty: 'secondary',
    sources: [],
    reviewed,
  },
  /** Resigning from a current job can make one "verwijtbaar werkloos" and cost WW. */
  unemployment: {
    cites: 'odh-legal.nl, ontslagwinkel.nl',
    certainty: 'secondary',
    sources: [sources.ontslagwinkel, sources.juridischLoket],
    reviewed,
  },
  /** Whether a non-compete or study-cost clause survives a contract ended before it started: not found. */
  'clauses-open': {
    cites: 'geen bron gevonden',
    certainty: 'open',
    sources: [sources.juridischLoket],
    reviewed,
  },
} as const satisfies Record<string, LegalRule>;

export type NlRule = keyof typeof nlRules;

export type NlCode =
  | 'not-bound'
  | 'check-essentials'
  | 'trial-period'
  | 'trial-not-written'
  | 'check-trial-written'
  | 'trial-too-long'
  | 'check-trial-fixed-term'
  | 'check-trial'
  | 'notice-ends-before-start'
  | 'notice-ends-after-start'
  | 'fixed-term'
  | 'outcome-unknown'
  | 'check-contract-type'
  | 'check-early-termination'
  | 'notice-received'
  | 'notice-default'
  | 'check-collective-agreement'
  | 'agreement-notice'
  | 'notice-over-maximum'
  | 'clear-notice'
  | 'clauses-open'
  | 'unemployment-benefit'
  | 'exposure'
  | 'not-legal-advice';

type NlNote = Note<NlCode, NlRule>;

/** BW 7:672 lid 4: the employee's notice is one month unless agreed otherwise. */
const statutoryMonths = 1;
/** BW 7:672 lid 8: lengthened in writing to at most six months. */
const maxNoticeMonths = 6;
/** BW 7:652: a trial period is at most two months. */
const maxTrialMonths = 2;

const note = noteMaker<NlCode, NlRule>();

/** Is there a contract? Signed, yes; otherwise only once pay, hours and start were agreed. */
function boundBy(facts: PositionFacts): 'yes' | 'no' | 'maybe' {
  if (facts.acceptance === 'signed') return 'yes';
  if (facts.essentialsAgreed === 'no') return 'no';
  return facts.essentialsAgreed === 'yes' ? 'yes' : 'maybe';
}

/** Does a trial period apply? Only a written one counts, and a spoken yes has none. */
function trialFor(facts: PositionFacts, notes: NlNote[]): 'valid' | 'none' | 'unknown' {
  const answer = facts.trialPeriod ?? 'unknown';
  if (facts.acceptance === 'spoken') {
    if (answer !== 'no')
      notes.push(note('trial-not-written', 'info', 'step-contract', 'trial-valid'));
    return 'none';
  }
  if (answer === 'no') return 'none';
  if (answer === 'unknown') {
    notes.push(note('check-trial', 'info', 'step-contract', 'trial-valid', 'trial-ending'));
    return 'unknown';
  }
  if (facts.acceptance === undefined) {
    notes.push(note('check-trial-written', 'warning', 'step-contract', 'trial-valid'));
    return 'unknown';
  }
  if (facts.trialMonths !== undefined && facts.trialMonths > maxTrialMonths) {
    notes.push(note('trial-too-long', 'warning', 'step-contract', 'trial-valid'));
    return 'unknown';
  }
  if (facts.contractType === 'fixed-term') {
    notes.push(note('check-trial-fixed-term', 'warning', 'step-contract', 'trial-valid'));
    return 'unknown';
  }
  return 'valid';
}

function assess(facts: PositionFacts): Assessment<NlCode, NlRule> {
  const notes: NlNote[] = [];
  const bound = boundBy(facts);
  const unemployment = facts.resignedCurrentJob
    ? [note('unemployment-benefit', 'warning', 'downside-finances', 'unemployment')]
    : [];
  if (bound === 'no') {
    return {
      outcome: 'not-bound',
      bound,
      months: facts.noticeMonths ?? statutoryMonths,
      notes: [note('not-bound', 'info', 'step-contract', 'acceptance-binds'), ...unemployment],
    };
  }
  if (bound === 'maybe')
    notes.push(note('check-essentials', 'warning', 'step-contract', 'acceptance-binds'));

  const basis: EndingFacts['basis'] =
    facts.acceptance === 'signed' ? 'signed' : bound === 'yes' ? 'accepted' : 'if-bound';
  const noticeGiven = facts.today;
  const months = facts.noticeMonths ?? statutoryMonths;
  const noticeEnd = endOfMonthNotice(noticeGiven, months);
  const contract = facts.contractType ?? 'unknown';
  const trial = trialFor(facts, notes);

  let outcome: Assessment<NlCode, NlRule>['outcome'];
  let ending: EndingFacts;
  let lastDay: string | undefined;
  if (trial === 'valid') {
    outcome = 'trial-period';
    ending = { basis, way: 'immediate' };
    lastDay = noticeGiven;
    notes.push(note('trial-period', 'info', 'step-contract', 'trial-valid', 'trial-ending'));
  } else if (endsWithNotice(facts)) {
    const before = noticeEnd < facts.startDate;
    outcome = before ? 'notice-ends-before-start' : 'notice-ends-after-start';
    ending = { basis, way: 'notice', noticeMonths: months, lastDay: noticeEnd };
    lastDay = noticeEnd;
    // Whether a contract exists at all is open: say what the notice would do, not that it binds.
    notes.push(
      bound === 'yes'
        ? note(
            outcome,
            before ? 'info' : 'warning',
            'step-contract',
            'acceptance-binds',
            'notice-before-start',
            'notice-period',
          )
        : note(
            'outcome-unknown',
            'warning',
            'step-contract',
            'notice-before-start',
            'notice-period',
          ),
    );
  } else if (contract === 'fixed-term' && facts.earlyTerminationClause === false) {
    outcome = 'fixed-term';
    ending = { basis, way: 'agreement' };
    notes.push(note('fixed-term', 'warning', 'step-contract', 'fixed-term'));
  } else {
    outcome = 'unknown';
    ending = { basis, way: 'applicable-notice' };
    notes.push(note('outcome-unknown', 'warning', 'step-contract', 'notice-period'));
    notes.push(
      contract === 'fixed-term'
        ? note('check-early-termination', 'warning', 'step-contract', 'fixed-term')
        : note('check-contract-type', 'warning', 'step-contract', 'fixed-term'),
    );
  }

  if (ending.way === 'notice' || ending.way === 'applicable-notice') {
    notes.push(note('notice-received', 'info', `channel-${facts.channel}`, 'notice-period'));
    if (facts.noticeMonths === undefined) {
      notes.push(...defaultNoticeNotes(facts.collectiveAgreement, 'notice-period'));
    } else if (months > maxNoticeMonths) {
      notes.push(note('notice-over-maximum', 'warning', 'step-contract', 'notice-period'));
    }
  }
  if (ending.way !== 'agreement')
    notes.push(note('clear-notice', 'info', 'step-contract', 'clear-notice'));
  if (facts.acceptance === 'signed')
    notes.push(note('clauses-open', 'info', 'step-contract', 'clauses-open'));
  notes.push(...unemployment);

  // Without knowing whether a contract exists, every verdict below it is conditional.
  const known = bound === 'yes' ? outcome : 'unknown';
  const exposure = atStake(known)
    ? note(
        'exposure',
        'warning',
        'downside-legal',
        'damages',
        ...(known === 'fixed-term' ? (['fixed-term'] as const) : []),
      )
    : undefined;

  // Each key assigned in order, only when it has a value, rather than spread in: V8 gives an
  // object literal with spreads in it a slow shape, read by every message.
  const assessment = { outcome: known, bound } as Assessment<NlCode, NlRule>;
  if (ending.way !== 'agreement') assessment.noticeGiven = noticeGiven;
  if (known === 'unknown') assessment.wouldEnd = lastDay ?? noticeEnd;
  else if (lastDay) assessment.lastDay = lastDay;
  assessment.months = months;
  assessment.ending = ending;
  if (exposure) assessment.exposure = exposure;
  assessment.notes = exposure ? [...notes, exposure] : notes;
  return assessment;
}

export const netherlands: Jurisdiction<NlCode, NlRule> = { rules: nlRules, assess, words: nlWords };
