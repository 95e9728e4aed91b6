import { expectTypeOf, test } from 'vitest';
import type { input } from 'zod/mini';
import {
  assessPosition,
  generateLetter,
  type Position,
  type Source,
  validateLetterInput,
} from './index.ts';
import type { LetterInput, letterInputSchema } from './input.ts';
import { sv } from './phrasebook/sv.ts';
import type { Phrasebook } from './phrasebook/types.ts';
import type { InputIssue, LetterResult } from './types.ts';

// A phrase missing in one language is a compile error, not a hole at run time.
const { farewell: _farewell, ...withoutFarewell } = sv.paragraphs;
// @ts-expect-error: 'farewell' is missing
export const incomplete: Phrasebook = { ...sv, paragraphs: withoutFarewell };

// The answers a caller must give, and the ones it may leave out.
export const minimal = {
  locale: 'nl',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Daan de Vries' },
  recipient: { company: 'Polderdata B.V.' },
  position: 'projectleider',
  reason: 'career',
  startDate: '2026-12-01',
} satisfies LetterInput;
expectTypeOf(generateLetter(minimal)).toEqualTypeOf<LetterResult<'email'>>();

// @ts-expect-error: the job title is required
export const noPosition: LetterInput = { ...minimal, position: undefined };
// @ts-expect-error: only the guide's five reasons
export const otherReason: LetterInput = { ...minimal, reason: 'boredom' };

const result = validateLetterInput({});
if (!result.success) expectTypeOf(result.issues).toEqualTypeOf<InputIssue[]>();
else expectTypeOf(result.data.today).toEqualTypeOf<string>();

// Where the person stands: the same in `generateLetter(…).position` and `assessPosition(…)`.
expectTypeOf(generateLetter(minimal).position).toEqualTypeOf<Position>();
expectTypeOf(assessPosition(minimal)).toEqualTypeOf<Position>();
expectTypeOf<Position['outcome']>().toEqualTypeOf<
  | 'not-bound'
  | 'trial-period'
  | 'notice-ends-before-start'
  | 'notice-ends-after-start'
  | 'fixed-term'
  | 'unknown'
>();
expectTypeOf<Position['sources'][number]>().toEqualTypeOf<Source>();
export const lawAnswers = {
  ...minimal,
  acceptance: 'spoken',
  contractType: 'fixed-term',
  earlyTerminationClause: false,
  trialPeriod: 'unknown',
  noticeMonths: 2,
  collectiveAgreement: 'no',
} satisfies LetterInput;
// @ts-expect-error: a yes is spoken, e-mailed or signed
export const nodded: LetterInput = { ...minimal, acceptance: 'nodded' };

// The assertions above are checked by tsc at the top level; vitest needs a test to report them under.
test('the letter engine’s types', () => {
  expectTypeOf(generateLetter).returns.toHaveProperty('position');
});

// The written-out interface (with its doc comments) is exactly what the schema takes.
expectTypeOf<LetterInput>().toEqualTypeOf<input<typeof letterInputSchema>>();

// A letter's parts include its address blocks; an e-mail's do not; spoken documents have none.
test('parts follow the kind', () => {
  const [letter, ahead] = generateLetter({ ...minimal, channel: 'letter' }).documents;
  expectTypeOf(letter.parts.recipient).toEqualTypeOf<string[]>();
  expectTypeOf(letter.parts.greeting).toEqualTypeOf<string | undefined>();
  // @ts-expect-error: an e-mail has no address block
  ahead.parts.recipient;
  const [script] = generateLetter({ ...minimal, channel: 'phone' }).documents;
  // @ts-expect-error: a call script is spoken; it has no written parts
  script.parts;
});
