import type { Locale } from '@rescind/core';
import { type FormValues, restoreValues } from './form-values.ts';

/** What the browser keeps between visits: the answers and any edits made to the drafts. */
export interface SavedState {
  values: FormValues;
  /** Edited draft text by document kind. */
  edits: Record<string, string>;
}

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

export function loadState(locale: Locale): SavedState | null {
  try {
    const raw = storage()?.getItem(storageKey(locale));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return null;
    const { values, edits } = parsed as { values?: unknown; edits?: unknown };
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

export function saveState(locale: Locale, state: SavedState): void {
  try {
    storage()?.setItem(storageKey(locale), JSON.stringify(state));
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
