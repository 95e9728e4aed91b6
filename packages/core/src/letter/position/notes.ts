import type { Answer, Note, Outcome, PositionFacts } from './types.ts';

/**
 * What both jurisdictions decide alike, each with its own codes and rule ids: how a note is made,
 * whether a contract can be ended with notice, the law's default notice, and what is at stake.
 */

/** A note maker typed by one jurisdiction's codes and rule ids. */
export function noteMaker<Code extends string, Rule extends string>() {
  return (
    code: Code,
    severity: Note<Code, Rule>['severity'],
    sectionId: Note<Code, Rule>['sectionId'],
    ...rules: Rule[]
  ): Note<Code, Rule> => ({ code, severity, sectionId, rules });
}

/** A permanent contract can be ended with notice; a fixed-term one only with an exit clause. */
export function endsWithNotice(facts: PositionFacts): boolean {
  return (
    facts.contractType === 'permanent' ||
    (facts.contractType === 'fixed-term' && facts.earlyTerminationClause === true)
  );
}

export type DefaultNoticeCode =
  | 'notice-default'
  | 'agreement-notice'
  | 'check-collective-agreement';

/**
 * No notice period given: the dates use the law's, and a collective agreement may set another
 * (say so where there is one, ask to check where that is not known).
 */
export function defaultNoticeNotes<Rule extends string>(
  collectiveAgreement: Answer | undefined,
  rule: Rule,
): Note<DefaultNoticeCode, Rule>[] {
  const note = noteMaker<DefaultNoticeCode, Rule>();
  const notes = [note('notice-default', 'info', 'step-contract', rule)];
  if (collectiveAgreement === 'yes')
    notes.push(note('agreement-notice', 'warning', 'step-contract', rule));
  else if (collectiveAgreement !== 'no')
    notes.push(note('check-collective-agreement', 'info', 'step-contract', rule));
  return notes;
}

/** Something is at stake where the contract may run past the first day without being worked. */
export function atStake(outcome: Outcome): boolean {
  return outcome === 'notice-ends-after-start' || outcome === 'fixed-term' || outcome === 'unknown';
}
