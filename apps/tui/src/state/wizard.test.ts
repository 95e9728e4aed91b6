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
    expect(currentField(state)?.path).toBe('channel');
    state = apply(state, { type: 'move', delta: 2 }, { type: 'submit' });
    expect(state.answers.channel).toBe('email');
    expect(currentField(state)?.path).toBe('formality');
  });

  it('shows core’s message under a field in the chosen language and stays on it', () => {
    let state = startWizard('nl', { channel: 'email', formality: 'formal' });
    state = apply(
      state,
      { type: 'open', path: 'startDate', fromReview: false },
      ...type('begin januari'),
    );
    expect(currentField(state)?.path).toBe('startDate');
    expect(state.issues).toHaveLength(1);
    expect(state.issues[0]).toMatch(/moet een datum zijn, bijvoorbeeld 14-12-2026/);
    expect(state.field.value).toBe('begin januari');
  });

  it.each([
    ['sv', '14 december 2026', '2026-12-14'],
    ['sv', 'den 4 jan. 2027', '2027-01-04'],
    ['nl', '4-1-2027', '2027-01-04'],
    ['nl', '1 mrt 2027', '2027-03-01'],
    ['nl', '14/12/2026', '2026-12-14'],
  ] as const)('takes the date %s people write as “%s”, and goes on', (locale, typed, iso) => {
    const state = apply(
      startWizard(locale, { channel: 'email', formality: 'formal' }),
      { type: 'open', path: 'startDate', fromReview: false },
      ...type(typed),
    );
    expect(state.issues).toEqual([]);
    expect(state.answers.startDate).toBe(iso);
    expect(currentField(state)?.path).toBe('reason');
  });

  it('keeps what was typed when Esc goes back, and shows it again on return', () => {
    let state = startWizard('sv', { channel: 'email', formality: 'formal' });
    state = apply(state, { type: 'open', path: 'applicant.name', fromReview: false });
    state = apply(
      state,
      { type: 'edit', edit: { type: 'insert', text: 'Anna Qvist' } },
      { type: 'back' },
    );
    expect(currentField(state)?.path).toBe('formality');
    state = apply(state, { type: 'submit' });
    expect(currentField(state)?.path).toBe('applicant.name');
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
    expect(currentField(state)?.path).toBe('recipient.company');
  });

  it('asks a Dutch writer how to address a named recipient, and a Swedish one not', () => {
    const answers = { recipient: { company: 'Acme', name: 'Sam Jansen' } };
    const ids = (state: WizardState) => {
      const seen: string[] = [];
      for (let step = 0; step < 20; step += 1) {
        const field = currentField({ ...state, step });
        if (field) seen.push(field.path);
      }
      return seen;
    };
    expect(ids(startWizard('nl', answers))).toContain('recipient.salutation');
    expect(ids(startWizard('sv', answers))).not.toContain('recipient.salutation');
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

describe('the where-you-stand questions', () => {
  const letter = {
    channel: 'email',
    formality: 'formal',
    applicant: { name: 'Anna Svensson' },
    recipient: { company: 'Acme AB' },
    position: 'projektledare',
    startDate: '2026-12-01',
    reason: 'career',
  };
  const ids = (state: WizardState) =>
    Array.from({ length: 40 }, (_, step) => currentField({ ...state, step })?.path).filter(Boolean);

  it('asks how you said yes instead of whether the contract is signed', () => {
    const asked = ids(startWizard('sv', letter));
    expect(asked).toContain('acceptance');
    expect(asked).not.toContain('contractSigned');
    expect(asked.indexOf('acceptance')).toBeLessThan(asked.indexOf('counterOffer'));
  });

  it('moves on from each of them with "don’t know" or an empty answer, leaving it out', () => {
    let state = apply(startWizard('sv', letter), {
      type: 'open',
      path: 'acceptance',
      fromReview: false,
    });
    // Unanswered, the cursor starts on "Vet inte": Enter alone skips.
    for (const id of ['acceptance', 'contractType', 'trialPeriod']) {
      expect(currentField(state)?.path).toBe(id);
      state = apply(state, { type: 'submit' });
    }
    expect(currentField(state)?.path).toBe('noticeMonths');
    state = apply(state, { type: 'submit' });
    expect(currentField(state)?.path).toBe('collectiveAgreement');
    expect(state.issues).toEqual([]);
    expect(state.answers.acceptance).toBeUndefined();
    expect(state.answers.contractType).toBe('unknown');
    expect(state.answers.trialPeriod).toBe('unknown');
    expect(state.answers.noticeMonths).toBeUndefined();
  });

  it('stores a signed contract as the acceptance, in place of the old yes/no', () => {
    const resumed = startWizard('sv', { ...letter, contractSigned: true });
    const opened = apply(resumed, { type: 'open', path: 'acceptance', fromReview: true });
    // The old answer shows as the new one: "signed" is highlighted.
    expect(opened.choice).toBe(2);
    const state = apply(opened, { type: 'move', delta: -1 }, { type: 'submit' });
    expect(state.issues).toEqual([]);
    expect(state.answers).toMatchObject({ acceptance: 'email' });
    expect(state.answers.contractSigned).toBeUndefined();
    const unsure = apply(opened, { type: 'move', delta: 1 }, { type: 'submit' });
    expect(unsure.answers.acceptance).toBeUndefined();
    expect(unsure.answers.contractSigned).toBeUndefined();
  });

  it('asks about an early-exit clause only for a fixed-term contract', () => {
    const at = apply(startWizard('nl', letter), {
      type: 'open',
      path: 'contractType',
      fromReview: false,
    });
    const permanent = apply(at, { type: 'move', delta: 1 }, { type: 'submit' });
    expect(permanent.answers.contractType).toBe('permanent');
    expect(currentField(permanent)?.path).toBe('trialPeriod');
    const fixed = apply(at, { type: 'move', delta: 2 }, { type: 'submit' });
    expect(fixed.answers.contractType).toBe('fixed-term');
    expect(currentField(fixed)?.path).toBe('earlyTerminationClause');
    // "Nee" is a decided answer: false, not left out.
    const noClause = apply(fixed, { type: 'move', delta: -1 }, { type: 'submit' });
    expect(noClause.answers.earlyTerminationClause).toBe(false);
  });

  it('takes the trial period’s length as a number and names a length that is none', () => {
    let state = apply(startWizard('sv', letter), {
      type: 'open',
      path: 'trialPeriod',
      fromReview: false,
    });
    state = apply(state, { type: 'move', delta: 1 }, { type: 'submit' });
    expect(currentField(state)?.path).toBe('trialMonths');
    state = apply(state, ...type('sex'));
    expect(state.issues[0]).toMatch(/Provanställningens längd.*tal/);
    state = apply(state, { type: 'edit', edit: { type: 'clear' } }, ...type('6'));
    expect(state.answers.trialMonths).toBe(6);
    expect(currentField(state)?.path).toBe('noticeMonths');
  });

  it('asks about a state employer in Swedish only, and about the essentials in Dutch unsigned', () => {
    expect(ids(startWizard('sv', letter))).toContain('stateEmployer');
    expect(ids(startWizard('nl', letter))).not.toContain('stateEmployer');
    expect(ids(startWizard('nl', letter))).toContain('essentialsAgreed');
    expect(ids(startWizard('nl', { ...letter, acceptance: 'signed' }))).not.toContain(
      'essentialsAgreed',
    );
    expect(ids(startWizard('sv', letter))).not.toContain('essentialsAgreed');
  });
});
