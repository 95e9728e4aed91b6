import type { Channel } from '../../content/channels.ts';
import { isRecord, mistake } from '../../developer-errors.ts';
import type { DocumentKind, Finding, LetterDocument } from '../types.ts';
import type { LintOptions } from './context.ts';
import { checkLintCall, lintAs } from './run.ts';

export { catalogue as lintCatalogue, type LintCode, lintCodes } from './catalogue.ts';
export type { LintOptions } from './context.ts';
export {
  checkDraft,
  createDraftChecker,
  type DraftChecker,
  draftCharacterLimit,
  draftCheckDelayMs,
} from './draft.ts';
export { draftText, guessLocale } from './draft-text.ts';
export { wordLimits } from './rules/length.ts';
export { typedLimits } from './typed.ts';

/**
 * Checks a draft, generated or written by hand, against the guide's advice: a clear decision, an
 * honest reason without too much detail, thanks, an apology, no criticism of the employer, one
 * register, the locale's greeting and closing, no chat shorthand, none of the source articles'
 * mistranslations, a length that suits the channel. Findings come in the locale's language, most
 * serious first, each linked to the guide section it comes from; `start`/`end` mark the words when
 * the problem is in particular words. Lines quoted with `>` are someone else's and are skipped,
 * and so is the text listed in `options.ignore` (names, company, job title).
 *
 * Any draft will do: an e-mail, a letter, a call script, meeting notes in bullets, or a saved
 * .eml file, whose plain-text body is checked (offsets then refer to `draftText(text)`). Without
 * `options.locale` the language is guessed with `guessLocale`.
 *
 * @example
 * ```ts
 * import { lintLetter } from '@rescind/core/letter';
 *
 * for (const finding of lintLetter('Hej!! Jag kommer inte, sorry. Mvh', { locale: 'sv', channel: 'email' })) {
 *   console.log(finding.severity, finding.code, finding.message);
 * }
 * ```
 */
export function lintLetter(text: string, options: Partial<LintOptions> = {}): Finding[] {
  return lintAs('lintLetter', text, options);
}

/** The channel a document is written for: its length limit and layout checks. */
export const documentChannel: Record<DocumentKind, Channel> = {
  email: 'email',
  letter: 'letter',
  'call-script': 'phone',
  'meeting-notes': 'meeting',
};

/** `lintLetter` for a generated document, with the channel its kind implies.
 *
 * @example
 * ```ts
 * import { generateLetter, lintDocument } from '@rescind/core/letter';
 *
 * for (const document of generateLetter({ ...{
 *   locale: 'sv',
 *   channel: 'email',
 *   formality: 'formal',
 *   applicant: { name: 'Anna Berg', email: 'anna@example.se' },
 *   recipient: { name: 'Sara Lind', company: 'Nordlys AB', email: 'sara@nordlys.example' },
 *   position: 'projektledare',
 *   reason: 'career',
 *   startDate: '2027-01-10',
 *   today: '2026-11-21',
 * }, channel: 'letter' }).documents) {
 *   console.log(document.kind, lintDocument(document, { locale: 'sv' }).length); // every generated document lints clean
 * }
 * ```
 */
export function lintDocument(
  document: Pick<LetterDocument, 'kind' | 'text'>,
  options: Partial<Omit<LintOptions, 'channel'>> = {},
): Finding[] {
  if (!isRecord(document) || !(document.kind in documentChannel)) {
    throw new TypeError(
      mistake(
        'lintDocument',
        'document',
        'a document from generateLetter ({ kind, text })',
        document,
      ),
    );
  }
  checkLintCall('lintDocument', document.text, options);
  return lintLetter(document.text, { ...options, channel: documentChannel[document.kind] });
}
