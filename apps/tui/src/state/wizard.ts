import type { Locale } from '@rescind/core';
import { letterEngine } from '../engine.ts';
import { uiMessages } from '../i18n/messages.ts';
import { addressLines, addressOnOneLine } from '../text/address.ts';
import { getAnswer, type RawAnswers, setAnswer } from './answers.ts';
import { choiceIndex, choiceValue, type Field, visibleFields } from './fields.ts';
import { moveCursor } from './scroll.ts';
import { editText, type TextEdit, type TextField, textField } from './text-field.ts';

export interface WizardState {
  locale: Locale;
  answers: RawAnswers;
  /** Index into the questions that apply to the answers so far. */
  step: number;
  /** What is typed in a text or date question. */
  field: TextField;
  /** The highlighted choice of a choice or yes/no question. */
  choice: number;
  /** Core's messages about the current answer, in the chosen language. */
  issues: string[];
  /** Set when a question was opened from the review screen: Enter and Esc return there. */
  fromReview: boolean;
  /** What the person did last that leaves the wizard. */
  outcome?: 'finished' | 'left';
}

export type WizardAction =
  | { type: 'edit'; edit: TextEdit }
  | { type: 'move'; delta: number }
  | { type: 'submit' }
  | { type: 'back' }
  | { type: 'open'; path: string; fromReview: boolean };

/** The question being asked, or `undefined` past the last one. */
export function currentField(
  state: Pick<WizardState, 'answers' | 'locale' | 'step'>,
): Field | undefined {
  return visibleFields(state.answers, state.locale)[state.step];
}

/** Puts the answer of question `step` in the edit buffer and the choice cursor. */
function enter(state: WizardState, step: number): WizardState {
  const next = { ...state, step, issues: [], outcome: undefined };
  const field = currentField(next);
  if (!field) return next;
  if (field.kind === 'yes-no' || field.kind === 'choice')
    return { ...next, choice: choiceIndex(field, state.answers) };
  const answer = getAnswer(state.answers, field.path);
  const typed = typeof answer === 'string' || typeof answer === 'number' ? String(answer) : '';
  return {
    ...next,
    field: textField(field.kind === 'address' ? addressOnOneLine(typed) : typed),
  };
}

/** The answer now showing in the question, as `LetterInput` wants it; `undefined` for none. */
function shownAnswer(state: WizardState, field: Field): unknown {
  if (field.kind === 'yes-no' || field.kind === 'choice') return choiceValue(field, state.choice);
  const typed = state.field.value.trim();
  if (typed === '') return undefined;
  // A number of months is stored as a number; anything else goes to core as typed, to be named.
  if (field.kind === 'months' && /^\d+(?:[.,]\d+)?$/.test(typed))
    return Number(typed.replace(',', '.'));
  if (field.kind === 'address') return addressLines(typed);
  // A date as people write it ("14 december 2026", "4-1-2027") is read by core into the ISO date;
  // what core cannot read goes as typed, and core says why.
  if (field.kind === 'date') return letterEngine().normalizeDate(typed, state.locale);
  return state.field.value;
}

/**
 * The answers with `field` answered. An older answer it replaces goes, whatever the answer: "don't
 * know" to "how did you say yes?" is not "signed" because an old file said so.
 */
function answered(answers: RawAnswers, field: Field, value: unknown): RawAnswers {
  const next = setAnswer(answers, field.path, value);
  return field.replaces ? setAnswer(next, field.replaces.path, undefined) : next;
}

/** The answers with the current question's answer as it shows now, typed or highlighted. */
export function shownAnswers(state: WizardState): RawAnswers {
  const field = currentField(state);
  return field ? answered(state.answers, field, shownAnswer(state, field)) : state.answers;
}

/** A question answered by typing rather than by choosing. */
export function isTyped(field: Field): boolean {
  return (
    field.kind === 'text' ||
    field.kind === 'date' ||
    field.kind === 'months' ||
    field.kind === 'address'
  );
}

/** Core's messages for one field: other fields may still be unanswered, and that is not news yet. */
export function fieldIssues(answers: RawAnswers, locale: Locale, path: string): string[] {
  const result = letterEngine().validateLetterInput({ ...answers, locale }, { locale });
  if (result.success) return [];
  return result.issues
    .filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`))
    .map((issue) => issue.message);
}

/** A wizard at its first question, or at the first unanswered or invalid one of resumed answers. */
export function startWizard(locale: Locale, answers: RawAnswers = {}): WizardState {
  const state: WizardState = {
    locale,
    answers: { ...answers, locale },
    step: 0,
    field: textField(),
    choice: 0,
    issues: [],
    fromReview: false,
  };
  return enter(state, 0);
}

/** The letter wizard: one question at a time, checked by core as each is answered. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const field = currentField(state);
  switch (action.type) {
    case 'edit':
      return { ...state, field: editText(state.field, action.edit), issues: [] };
    case 'move': {
      const count = field?.kind === 'yes-no' ? 2 : (field?.choices?.length ?? 0);
      return { ...state, choice: moveCursor(state.choice, action.delta, count), issues: [] };
    }
    case 'submit': {
      if (!field) return { ...state, outcome: 'finished' };
      const value = shownAnswer(state, field);
      const answers = answered(state.answers, field, value);
      // Core asks for a call's recipient only once the rest of a letter is there; the wizard
      // asks here, where the question is.
      const unanswered = !field.optional && isTyped(field) && value === undefined;
      const found = fieldIssues(answers, state.locale, field.path);
      const issues =
        found.length === 0 && unanswered ? [uiMessages[state.locale].wizard.needed] : found;
      if (issues.length > 0) return { ...state, answers, issues };
      const saved = { ...state, answers };
      const count = visibleFields(answers, state.locale).length;
      if (state.fromReview || state.step + 1 >= count)
        return { ...saved, issues: [], outcome: 'finished' };
      return enter(saved, state.step + 1);
    }
    case 'back': {
      // Keep what was typed, checked or not: Esc is "not now", not "throw it away". A highlighted
      // choice was never confirmed, so it is not an answer.
      const typed = field && isTyped(field);
      const answers = typed
        ? setAnswer(state.answers, field.path, shownAnswer(state, field))
        : state.answers;
      const saved = { ...state, answers, issues: [] };
      if (state.fromReview || state.step === 0) return { ...saved, outcome: 'left' };
      return enter(saved, state.step - 1);
    }
    case 'open': {
      const step = visibleFields(state.answers, state.locale).findIndex(
        (f) => f.path === action.path,
      );
      return enter({ ...state, fromReview: action.fromReview }, Math.max(0, step));
    }
  }
}
