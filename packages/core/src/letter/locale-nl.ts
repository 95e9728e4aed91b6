/**
 * `@rescind/core/letter/nl`: `generateLetter` for Dutch answers alone. It carries only the Dutch
 * phrasebook and law, so an app that writes Dutch letters only ships no other language's; answers
 * in another locale are a `RangeError` that points to `@rescind/core/letter`. Everything else
 * (checks, formats, types) is in `@rescind/core/letter`, which bundlers share with this entry.
 */
import { createGenerateLetter } from './engine.ts';
import { nl } from './phrasebook/nl.ts';
import { netherlands } from './position/nl.ts';

export type { LetterInput } from './input.ts';
export type { ChannelDocuments, LetterDocument, LetterResult } from './types.ts';

/**
 * `generateLetter` of `@rescind/core/letter`, for `locale: 'nl'` only.
 *
 * @example
 * ```ts
 * import { generateLetter } from '@rescind/core/letter/nl';
 *
 * const { documents } = generateLetter({ locale: 'nl', channel: 'email', formality: 'formal', applicant: { name: 'Daan de Vries' }, recipient: { company: 'Polderdata B.V.' }, position: 'projectleider', reason: 'career', startDate: '2027-01-10', today: '2026-11-21' });
 * console.log(documents[0].subject);
 * ```
 * @throws {LetterInputError} when the answers are invalid.
 * @throws {RangeError} for answers in another locale.
 */
export const generateLetter = createGenerateLetter({
  nl: { phrasebook: nl, jurisdiction: netherlands },
});
