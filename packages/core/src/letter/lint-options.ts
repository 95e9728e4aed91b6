import type { LetterInput } from './input.ts';
import type { LintOptions } from './lint/context.ts';

/**
 * The lint options for checking a letter written from `input`: its language and register, and
 * everything the person typed that is a name rather than prose (their name, the recipient's, the
 * company, the job title, the town), so that a person called "Du" or a company called "MVH Bygg"
 * is never taken for a mistake. Frontends pass this to `lintDocument` for an edited draft.
 */
export function lintOptionsFor(input: LetterInput): Omit<LintOptions, 'channel'> {
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
