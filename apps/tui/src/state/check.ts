import type { Locale } from '@rescind/core';
import type { Finding } from '@rescind/core/letter';
import { letterEngine } from '../engine.ts';
import { editText, type TextEdit, type TextField, textField } from './text-field.ts';

/** "Check a letter I wrote": ask for a file, then show what the guide would change. */
export interface CheckState {
  field: TextField;
  /** A file the view should read. */
  request?: string;
  result?: { path: string; text: string; findings: Finding[] };
  error?: string;
  scroll: number;
}

export type CheckAction =
  | { type: 'edit'; edit: TextEdit }
  | { type: 'submit' }
  | { type: 'loaded'; path: string; text: string; locale: Locale }
  | { type: 'failed'; message: string }
  | { type: 'scroll'; scroll: number }
  | { type: 'again' };

export const initialCheck: CheckState = { field: textField(), scroll: 0 };

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case 'edit':
      return { ...state, field: editText(state.field, action.edit), error: undefined };
    case 'submit': {
      const path = state.field.value.trim();
      return path === '' ? state : { ...state, request: path, error: undefined };
    }
    case 'loaded':
      return {
        ...state,
        request: undefined,
        scroll: 0,
        result: {
          path: action.path,
          // A saved .eml is checked by its body: the findings' places are in that text.
          text: letterEngine().draftText(action.text),
          // The capped check: a pasted book gets one clear message, not a long wait.
          findings: letterEngine().checkDraft(action.text, { locale: action.locale }),
        },
      };
    case 'failed':
      return { ...state, request: undefined, error: action.message };
    case 'scroll':
      return { ...state, scroll: action.scroll };
    case 'again':
      return { ...state, result: undefined, scroll: 0 };
  }
}
