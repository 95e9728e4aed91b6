import { expectTypeOf, test } from 'vitest';
import type { SectionId, Step } from './index.ts';
import {
  type AdviceCode,
  type Finding,
  generateLetter,
  type InputIssue,
  type InputRule,
  type LetterDocument,
  type LetterInput,
  type LintCode,
  type PositionCode,
  safeParseLetterInput,
} from './letter/index.ts';

const answers = {
  locale: 'sv',
  channel: 'letter',
  formality: 'formal',
  applicant: { name: 'Anna Berg' },
  recipient: { company: 'Nordlys AB' },
  position: 'projektledare',
  reason: 'career',
  startDate: '2027-01-10',
  today: '2026-11-21',
} satisfies LetterInput;

// Codes are the unions of the real codes, not `string`.
const result = generateLetter(answers);
expectTypeOf<(typeof result.advice)[number]['code']>().toEqualTypeOf<AdviceCode>();
expectTypeOf<AdviceCode>().toExtend<string>();
expectTypeOf<string>().not.toExtend<AdviceCode>();
expectTypeOf<(typeof result.position.messages)[number]['code']>().toEqualTypeOf<PositionCode>();
expectTypeOf<Finding['code']>().toEqualTypeOf<LintCode>();
expectTypeOf<string>().not.toExtend<LintCode>();
expectTypeOf<InputIssue['code']>().toEqualTypeOf<InputRule>();
expectTypeOf<'unknown-field'>().toExtend<InputRule>();
const parsed = safeParseLetterInput({});
if (!parsed.success)
  expectTypeOf<(typeof parsed.issues)[number]['code']>().toEqualTypeOf<InputRule>();

// The result says which documents a channel gives, in order.
expectTypeOf(result.documents).toEqualTypeOf<[LetterDocument<'letter'>, LetterDocument<'email'>]>();
expectTypeOf(generateLetter({ ...answers, channel: 'email' }).documents).toEqualTypeOf<
  [LetterDocument<'email'>]
>();
expectTypeOf(
  generateLetter({ ...answers, channel: 'phone' }).documents[0].kind,
).toEqualTypeOf<'call-script'>();
// A sent document has a subject; a spoken one has none.
expectTypeOf(result.documents[1].subject).toEqualTypeOf<string>();
// A channel only known at run time gives any of the four shapes.
declare const channel: LetterInput['channel'];
const any = generateLetter({ ...answers, channel });
expectTypeOf(any.documents[0].kind).toEqualTypeOf<LetterDocument['kind']>();

// Documents narrow by `kind`.
declare const doc: LetterDocument;
if (doc.kind === 'email') expectTypeOf(doc.subject).toEqualTypeOf<string>();
if (doc.kind === 'call-script') expectTypeOf(doc.subject).toEqualTypeOf<undefined>();

// Section ids are literal types.
expectTypeOf<(typeof result.advice)[number]['sectionId']>().toEqualTypeOf<SectionId>();
expectTypeOf<Step['id']>().toEqualTypeOf<
  'step-reflect' | 'step-contract' | 'step-act-fast' | 'step-alternatives' | 'step-announce'
>();

// @ts-expect-error: a typo in a key is a compile error too
export const typo: LetterInput = { ...answers, recipent: { company: 'Nordlys AB' } };

// The assertions above are checked by tsc at the top level; vitest needs a test to report them under.
test('the public types are exact', () => {
  expectTypeOf(generateLetter).toBeFunction();
});
