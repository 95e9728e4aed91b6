import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyValues } from './form-values.ts';
import { forgetAll, keepForDays, loadState, saveState } from './storage.ts';

/** A Map-backed localStorage, as the browser's behaves for these calls. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const day = 24 * 60 * 60 * 1000;

beforeEach(() => {
  (globalThis as { window?: unknown }).window = { localStorage: fakeStorage() };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('saved answers', () => {
  const state = { values: { ...emptyValues(), 'applicant.name': 'Åsa' }, edits: {} };

  it(`are kept for ${keepForDays} days after the last change, then forgotten`, () => {
    const saved = Date.UTC(2026, 11, 1);
    saveState('sv', state, saved);
    expect(loadState('sv', saved + (keepForDays - 1) * day)?.values['applicant.name']).toBe('Åsa');
    expect(loadState('sv', saved + (keepForDays + 1) * day)).toBeNull();
    // Forgotten for good, not just hidden.
    expect(loadState('sv', saved)).toBeNull();
  });

  it('are forgotten in both languages at once', () => {
    saveState('sv', state);
    saveState('nl', state);
    forgetAll();
    expect(loadState('sv')).toBeNull();
    expect(loadState('nl')).toBeNull();
  });
});
