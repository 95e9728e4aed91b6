import type { Channel } from '../../content/channels.ts';
import { isLocale, locales } from '../../locales.ts';
import type { DocumentKind, Finding, LetterDocument, Severity } from '../types.ts';
import { catalogue, type Detail } from './catalogue.ts';
import { createContext, type LintOptions } from './context.ts';
import { draftText, guessLocale } from './draft-text.ts';
import { rules } from './rules/index.ts';
import { typedLimits } from './typed.ts';

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

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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
  // Plain JavaScript callers get a message that says what to pass, not a TypeError deep inside.
  if (typeof text !== 'string') {
    throw new TypeError(`lintLetter: the draft must be a string, not ${typeof text}.`);
  }
  if (options?.locale !== undefined && !isLocale(options.locale)) {
    throw new RangeError(
      `lintLetter: options.locale must be one of ${locales.join(', ')} or left out to guess it, not ${JSON.stringify(options?.locale)}.`,
    );
  }
  const { ignore } = options ?? {};
  if (
    ignore !== undefined &&
    !(Array.isArray(ignore) && ignore.every((t) => typeof t === 'string'))
  ) {
    throw new TypeError(
      'lintLetter: options.ignore must be a list of strings (names, company, title).',
    );
  }
  // Each entry becomes part of one regular expression: bound it, so a list pasted from anywhere
  // gets this message rather than the engine's "regular expression too large".
  if (
    ignore !== undefined &&
    (ignore.length > typedLimits.entries ||
      ignore.some((entry) => entry.length > typedLimits.length))
  ) {
    throw new RangeError(
      `lintLetter: options.ignore takes at most ${typedLimits.entries} entries of at most ${typedLimits.length} characters each (the names, company and title the person typed).`,
    );
  }
  const draft = draftText(text);
  const locale = options?.locale ?? guessLocale(draft);
  const context = createContext(draft, { ...options, locale });
  return rules
    .flatMap((rule) => rule.check(context))
    .map(({ code, start, end, sectionId, ...detail }) => {
      const entry = catalogue[code];
      const finding: Finding = {
        code,
        severity: entry.severity,
        message: entry.message[locale](unmasked(detail, context.unmask)),
        sectionId: sectionId ?? entry.sectionId,
      };
      if (start !== undefined && end !== undefined) Object.assign(finding, { start, end });
      return finding;
    })
    .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.start ?? -1) - (b.start ?? -1));
}

/** The words a message quotes, as the person typed them. */
function unmasked(detail: Detail, unmask: (quote: string) => string): Detail {
  const { found, suggestion, note } = detail;
  return {
    ...detail,
    ...(found === undefined ? {} : { found: unmask(found) }),
    ...(suggestion === undefined ? {} : { suggestion: unmask(suggestion) }),
    ...(note === undefined ? {} : { note: unmask(note) }),
  };
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
  return lintLetter(document.text, { ...options, channel: documentChannel[document.kind] });
}
