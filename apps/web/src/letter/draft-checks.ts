import {
  type DocumentKind,
  type Finding,
  FormatError,
  type FormatErrorCode,
  lintDocument,
  lintOptionsFor,
  type ValidLetterInput,
} from '@rescind/core/letter';

/**
 * The guide's checks on a draft as the person has left it. Everything they typed as a name (their
 * own, the recipient's, the company, the job title, the town) is passed over, so a person called
 * "Du" or a company called "MVH Bygg AB" is never taken for a mistake in their own letter.
 */
export function lintDraft(kind: DocumentKind, text: string, input: ValidLetterInput): Finding[] {
  return lintDocument({ kind, text }, lintOptionsFor(input));
}

/** What `tryFormat` gives back: the file or link, or why core could not make it. */
export type Formatted<T> = { ok: true; value: T } | { ok: false; code: FormatErrorCode };

/**
 * Runs `toEml` or `toMailto` so that an answer they cannot turn into a safe message becomes a code
 * the page explains in its own language, instead of an exception that takes the page down. Any
 * other error is a bug and is not hidden.
 */
export function tryFormat<T>(make: () => T): Formatted<T> {
  try {
    return { ok: true, value: make() };
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, code: error.code };
    throw error;
  }
}
