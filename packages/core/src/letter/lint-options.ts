import { isRecord, mistake } from '../developer-errors.ts';
import type { LetterInput } from './input.ts';
import type { LintOptions } from './lint/context.ts';

/**
 * The lint options for checking a letter written from `input`: its language and register, and
 * everything the person typed that is a name rather than prose (their name, the recipient's, the
 * company, the job title, the town), so that a person called "Du" or a company called "MVH Bygg"
 * is never taken for a mistake. Frontends pass this to `lintDocument` for an edited draft.
 *
 * @example
 * ```ts
 * import { lintLetter, lintOptionsFor } from '@rescind/core/letter';
 *
 * const answers = {
 *   locale: 'sv',
 *   channel: 'email',
 *   formality: 'formal',
 *   applicant: { name: 'Anna Berg', email: 'anna@example.se' },
 *   recipient: { name: 'Sara Lind', company: 'Nordlys AB', email: 'sara@nordlys.example' },
 *   position: 'projektledare',
 *   reason: 'career',
 *   startDate: '2027-01-10',
 *   today: '2026-11-21',
 * } as const;
 * const edited = 'Hej Sara,\n\njag vill tyvärr återkalla mitt accepterande av tjänsten som projektledare.\n\nVänliga hälsningar\nAnna Berg';
 * console.log(lintLetter(edited, { ...lintOptionsFor(answers), channel: 'email' }).map((f) => f.code));
 * ```
 */
export function lintOptionsFor(input: LetterInput): Omit<LintOptions, 'channel'> {
  if (!isRecord(input) || !isRecord(input.applicant) || !isRecord(input.recipient)) {
    throw new TypeError(
      mistake(
        'lintOptionsFor',
        'the answers',
        'an object (LetterInput) with applicant and recipient',
        input,
      ),
    );
  }
  const ignore = [
    input.applicant.name,
    input.recipient.name,
    input.recipient.greetingName,
    input.recipient.title,
    input.recipient.company,
    input.position,
    input.place,
  ].filter((value): value is string => value !== undefined && value !== '');
  return { locale: input.locale, formality: input.formality, ignore };
}
