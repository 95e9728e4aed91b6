/**
 * `@rescind/core/vocabulary`: the product's words for its domain, and everything a form builder
 * needs: a label, a hint and a "why we ask" for every field and every choice of `LetterInput`, the
 * field limits, and `LetterInput` as a JSON Schema. Loads no zod.
 */
import { requireLocale } from '../developer-errors.ts';
import type { Locale } from '../locales.ts';
import { nlForm } from './form-nl.ts';
import { svForm } from './form-sv.ts';
import type { FormVocabulary } from './form-types.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';
import type { Vocabulary } from './types.ts';

export { type FieldLimit, fieldLimits, letterInputJsonSchema } from '../letter/json-schema.ts';
export type { ChoiceWords, FieldWords, FormField, FormVocabulary } from './form-types.ts';
export type { AvoidedTerm, Vocabulary } from './types.ts';

const byLocale: Record<Locale, Vocabulary> = { sv, nl };
const forms: Record<Locale, FormVocabulary> = { sv: svForm, nl: nlForm };

/**
 * The product's words for its domain in one language (see `Vocabulary`).
 *
 * @example
 * ```ts
 * import { getVocabulary } from '@rescind/core/vocabulary';
 *
 * console.log(getVocabulary('nl').channels.phone); // 'Telefoongesprek'
 * ```
 * @throws {RangeError} for a locale rescind does not speak.
 */
export function getVocabulary(locale: Locale): Vocabulary {
  return byLocale[requireLocale('getVocabulary', locale)];
}

/**
 * What a form shows for every field and every choice of `LetterInput`, in one language: a label,
 * a hint and why the answer is asked. Pair it with `fieldLimits` and `fieldNeeds`.
 *
 * @example
 * ```ts
 * import { fieldLimits, getFormVocabulary } from '@rescind/core/vocabulary';
 *
 * const form = getFormVocabulary('sv');
 * const { label, hint, why } = form.fields['applicant.name'];
 * console.log(label, hint, why, fieldLimits['applicant.name'].maxLength);
 * console.log(form.choices.channels.letter.label);
 * ```
 * @throws {RangeError} for a locale rescind does not speak.
 */
export function getFormVocabulary(locale: Locale): FormVocabulary {
  return forms[requireLocale('getFormVocabulary', locale)];
}

export { type AvoidedTermFound, dutchRegister, findAvoidedTerms } from './check.ts';
