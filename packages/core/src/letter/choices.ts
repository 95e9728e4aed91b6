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
export type Reason = (typeof reasons)[number];

export const formalities = ['formal', 'informal'] as const;
export type Formality = (typeof formalities)[number];

export const salutations = ['mr', 'ms', 'none'] as const;
export type Salutation = (typeof salutations)[number];
