/**
 * `@rescind/core/letter/sv`: `generateLetter` for Swedish answers alone. It carries only the Swedish
 * phrasebook and law, so an app that writes Swedish letters only ships no other language's; answers
 * in another locale are a `RangeError` that points to `@rescind/core/letter`. Everything else
 * (checks, formats, types) is in `@rescind/core/letter`, which bundlers share with this entry.
 */
import { createGenerateLetter } from './engine.ts';
import { sv } from './phrasebook/sv.ts';
import { sweden } from './position/sv.ts';

export type { LetterInput } from './input.ts';
export type { ChannelDocuments, LetterDocument, LetterResult } from './types.ts';

/**
 * `generateLetter` of `@rescind/core/letter`, for `locale: 'sv'` only.
 *
 * @example
 * ```ts
 * import { generateLetter } from '@rescind/core/letter/sv';
 *
 * const { documents } = generateLetter({ locale: 'sv', channel: 'email', formality: 'formal', applicant: { name: 'Anna Berg' }, recipient: { company: 'Nordlys AB' }, position: 'projektledare', reason: 'career', startDate: '2027-01-10', today: '2026-11-21' });
 * console.log(documents[0].subject);
 * ```
 * @throws {LetterInputError} when the answers are invalid.
 * @throws {RangeError} for answers in another locale.
 */
export const generateLetter = createGenerateLetter({
  sv: { phrasebook: sv, jurisdiction: sweden },
});
