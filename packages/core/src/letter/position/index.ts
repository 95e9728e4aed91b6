/**
 * Where a person stands under Swedish or Dutch employment law once they have said yes: bound or
 * not, how the contract ends, the last day, what is at stake, and which sources say so.
 */
import { type LetterInput, parseAnswers } from '../input.ts';
import { assessFacts, wordPosition } from './assess.ts';
import { jurisdictions } from './registry.ts';
import type { Position } from './types.ts';

/**
 * Where the person stands, in the answers' language. `today` is the day notice is given.
 *
 * @throws {LetterInputError} when the answers are invalid, as `generateLetter` does.
 *
 * @example
 * ```ts
 * import { assessPosition } from '@rescind/core/letter';
 *
 * const position = assessPosition({ locale: 'sv', channel: 'phone', formality: 'formal', applicant: { name: 'Anna Berg' }, recipient: { name: 'Sara Lind', company: 'Nordlys AB' }, position: 'projektledare', reason: 'career', startDate: '2027-01-10', today: '2026-11-21', acceptance: 'spoken', contractType: 'permanent', trialPeriod: 'yes' });
 * console.log(position.outcome, position.messages.at(-1)?.code); // 'trial-period' 'not-legal-advice'
 * ```
 */
export function assessPosition(input: LetterInput): Position {
  const valid = parseAnswers('assessPosition', input);
  const jurisdiction = jurisdictions[valid.locale];
  return wordPosition(valid, assessFacts(valid, jurisdiction), jurisdiction);
}

export { nlRules } from './nl.ts';
export { jurisdictions } from './registry.ts';
export { svRules } from './sv.ts';
export {
  type Acceptance,
  type Answer,
  acceptances,
  answers,
  type ContractType,
  contractTypes,
  type LegalRule,
  type Outcome,
  outcomes,
  type Position,
  type PositionCode,
  type Source,
} from './types.ts';
