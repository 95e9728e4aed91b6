import { createGenerateLetter } from './engine.ts';
import { nl } from './phrasebook/nl.ts';
import { sv } from './phrasebook/sv.ts';
import { jurisdictions } from './position/registry.ts';

/**
 * Writes what a person needs to withdraw their acceptance over the channel they chose, in their
 * language, with the guide's advice for their situation and where they stand under the law
 * (`position`, the same as `assessPosition`). The same answers always give the same documents.
 * The result's type says which documents the channel gives (`ChannelDocuments`).
 *
 * @example
 * ```ts
 * import { generateLetter } from '@rescind/core/letter';
 *
 * const { documents, advice } = generateLetter({
 *   locale: 'sv',
 *   channel: 'email',
 *   formality: 'formal',
 *   applicant: { name: 'Anna Berg' },
 *   recipient: { name: 'Sara Lind', company: 'Nordlys AB' },
 *   position: 'projektledare',
 *   reason: 'career',
 *   startDate: '2027-01-10',
 *   today: '2026-11-21',
 * });
 * console.log(documents[0].subject, advice.map((a) => a.code));
 * ```
 * @throws {LetterInputError} when the answers are invalid; its `issues` say what to fix, in the
 *   answers' language.
 */
export const generateLetter = createGenerateLetter({
  sv: { phrasebook: sv, jurisdiction: jurisdictions.sv },
  nl: { phrasebook: nl, jurisdiction: jurisdictions.nl },
});
