import { type Locale, locales } from '@rescind/core';
import { type FormValues, restoreValues } from './form-values.ts';

/** What the browser keeps between visits: the answers and any edits made to the drafts. */
export interface SavedState {
  values: FormValues;
  /**
   * Edits by key: `<kind>` is a document's edited text, `<kind>:subject` its edited subject, and
   * `<kind>:base` / `<kind>:base-subject` what the engine had written when the editing began.
   */
  edits: Record<string, string>;
}

/**
 * How long answers are kept after the last change. A withdrawal is a matter of days; a month
 * covers a slow employer, and answers about a job and a contract should not linger past it.
 */
export const keepForDays = 30;
const keepForMs = keepForDays * 24 * 60 * 60 * 1000;

const storageKey = (locale: Locale) => `rescind:letter:${locale}`;

// localStorage can be missing or throw (private modes, storage turned off); the form then simply
// forgets on reload instead of breaking.
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function loadState(locale: Locale, now = Date.now()): SavedState | null {
  try {
    const raw = storage()?.getItem(storageKey(locale));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return null;
    const { values, edits, savedAt } = parsed as {
      values?: unknown;
      edits?: unknown;
      savedAt?: unknown;
    };
    // Saved before answers expired (no date) counts from now; an old one is forgotten.
    if (typeof savedAt === 'number' && now - savedAt > keepForMs) {
      forgetState(locale);
      return null;
    }
    return { values: restoreValues(values), edits: restoreEdits(edits) };
  } catch {
    return null;
  }
}

function restoreEdits(edits: unknown): Record<string, string> {
  if (edits === null || typeof edits !== 'object') return {};
  return Object.fromEntries(
    Object.entries(edits as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

export function saveState(locale: Locale, state: SavedState, now = Date.now()): void {
  try {
    storage()?.setItem(storageKey(locale), JSON.stringify({ ...state, savedAt: now }));
  } catch {
    // Full or disabled storage: the answers stay on the page, they just won't survive a reload.
  }
}

export function forgetState(locale: Locale): void {
  try {
    storage()?.removeItem(storageKey(locale));
  } catch {
    // Nothing was stored, so there is nothing to forget.
  }
}

/** "Forget my answers": both languages' answers, since a person may have tried both. */
export function forgetAll(): void {
  for (const locale of locales) forgetState(locale);
}
