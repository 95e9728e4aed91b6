// The choices of `LetterInput`, apart from the schema, so that the vocabulary and the JSON Schema
// can list them without loading zod.

/** The guide's five reasons for withdrawing, in its order. */
export const reasons = [
  'compensation',
  'career',
  'better-offer',
  'conditions',
  'personal',
] as const;
/** One of `reasons`. */
export type Reason = (typeof reasons)[number];

/** The registers: `'formal'` and `'informal'`. */
export const formalities = ['formal', 'informal'] as const;
/** One of `formalities`. */
export type Formality = (typeof formalities)[number];

/** How a Dutch formal greeting addresses the recipient: `'mr'`, `'ms'`, `'none'`. */
export const salutations = ['mr', 'ms', 'none'] as const;
/** One of `salutations`. */
export type Salutation = (typeof salutations)[number];
