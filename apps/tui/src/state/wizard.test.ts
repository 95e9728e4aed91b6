import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import {
  currentField,
  startWizard,
  type WizardAction,
  type WizardState,
  wizardReducer,
} from './wizard.ts';

function apply(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, state);
}

function type(text: string): WizardAction[] {
  return [{ type: 'edit', edit: { type: 'insert', text } }, { type: 'submit' }];
}

beforeAll(loadEngine);

describe('wizardReducer', () => {
  it('asks one question at a time and records the choice made', () => {
    let state = startWizard('sv');
    expect(currentField(state)?.id).toBe('channel');
    state = apply(state, { type: 'move', delta: 2 }, { type: 'submit' });
    expect(state.answers.channel).toBe('email');
    expect(currentField(state)?.id).toBe('formality');
  });

  it('shows core’s message under a field in the chosen language and stays on it', () => {
    let state = startWizard('nl', { channel: 'email', formality: 'formal' });
    state = apply(
      state,
      { type: 'open', path: 'startDate', fromReview: false },
      ...type('31-12-2026'),
    );
    expect(currentField(state)?.id).toBe('startDate');
    expect(state.issues).toHaveLength(1);
    expect(state.issues[0]).toMatch(/JJJJ-MM-DD/);
  });

  it('keeps what was typed when Esc goes back, and shows it again on return', () => {
    let state = startWizard('sv', { channel: 'email', formality: 'formal' });
    state = apply(state, { type: 'open', path: 'applicant.name', fromReview: false });
    state = apply(
      state,
      { type: 'edit', edit: { type: 'insert', text: 'Anna Qvist' } },
      { type: 'back' },
    );
    expect(currentField(state)?.id).toBe('formality');
    state = apply(state, { type: 'submit' });
    expect(currentField(state)?.id).toBe('name');
    expect(state.field.value).toBe('Anna Qvist');
  });

  it('does not take a highlighted but unconfirmed choice as an answer', () => {
    let state = startWizard('sv');
    state = apply(state, { type: 'move', delta: 1 }, { type: 'back' });
    expect(state.answers.channel).toBeUndefined();
    expect(state.outcome).toBe('left');
  });

  it('lets an optional question be skipped with an empty answer', () => {
    let state = startWizard('sv', {
      channel: 'email',
      formality: 'formal',
      applicant: { name: 'Anna' },
    });
    state = apply(
      state,
      { type: 'open', path: 'applicant.email', fromReview: false },
      { type: 'submit' },
    );
    expect(state.issues).toEqual([]);
    expect(currentField(state)?.id).toBe('company');
  });

  it('asks a Dutch writer how to address a named recipient, and a Swedish one not', () => {
    const answers = { recipient: { company: 'Acme', name: 'Sam Jansen' } };
    const ids = (state: WizardState) => {
      const seen: string[] = [];
      for (let step = 0; step < 20; step += 1) {
        const field = currentField({ ...state, step });
        if (field) seen.push(field.id);
      }
      return seen;
    };
    expect(ids(startWizard('nl', answers))).toContain('salutation');
    expect(ids(startWizard('sv', answers))).not.toContain('salutation');
  });

  it('returns to the review after editing one answer from there', () => {
    const state = apply(
      startWizard('sv', { channel: 'email' }),
      { type: 'open', path: 'channel', fromReview: true },
      { type: 'move', delta: 1 },
      { type: 'submit' },
    );
    expect(state.outcome).toBe('finished');
    expect(state.answers.channel).toBe('meeting');
  });
});
