/**
 * `@rescind/core/letter`: the letter engine. From a person's answers it writes what they need to
 * withdraw a job acceptance (e-mail, letter, call script or meeting notes, with the e-mail that goes
 * with them), gives the guide's advice for their situation, says where they stand under Swedish or
 * Dutch employment law (`assessPosition`), checks any draft against the guide, and ships documents
 * as `.eml` or `mailto:`. Browser-safe: no `node:` modules.
 */
export type { AdviceCode } from './advice.ts';
export { normalizeDate } from './date-input.ts';
export { formatLongDate } from './dates.ts';
export { type FieldNeed, fieldNeeds } from './fields.ts';
export * from './formats/index.ts';
export { generateLetter } from './generate.ts';
export {
  type Channel,
  type Formality,
  formalities,
  type LetterApplicant,
  type LetterInput,
  LetterInputError,
  type LetterRecipient,
  letterInputSchema,
  type ParseLetterInputOptions,
  parseLetterInput,
  type Reason,
  reasons,
  type SafeParseLetterInputResult,
  type Salutation,
  safeParseLetterInput,
  salutations,
  type ValidationResult,
  type ValidLetterInput,
  validateLetterInput,
} from './input.ts';
export type { DeveloperRule, InputRule } from './input-messages.ts';
export { type FieldLimit, fieldLimits, letterInputJsonSchema } from './json-schema.ts';
export * from './lint/index.ts';
export { lintOptionsFor } from './lint-options.ts';
export {
  type Acceptance,
  type Answer,
  acceptances,
  answers,
  assessPosition,
  type ContractType,
  contractTypes,
  jurisdictions,
  type LegalRule,
  nlRules,
  type Outcome,
  outcomes,
  type Position,
  type PositionCode,
  type Source,
  svRules,
} from './position/index.ts';
export type * from './types.ts';
