import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { type AppAction, type AppState, appReducer, initialApp, reviewCount } from './app.ts';
import { currentField } from './wizard.ts';

beforeAll(loadEngine);

function apply(state: AppState, ...actions: AppAction[]): AppState {
  return actions.reduce(appReducer, state);
}

const answers = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Svensson' },
  recipient: { company: 'Acme AB' },
  position: 'projektledare',
  startDate: '2026-12-01',
  today: '2026-11-21',
  reason: 'career',
  contractSigned: false,
  counterOffer: false,
};

describe('appReducer', () => {
  it('asks for a language first when none is known, then shows home in it', () => {
    const state = initialApp();
    expect(state.screen).toBe('language');
    expect(
      apply(state, { type: 'language-move', delta: 1 }, { type: 'language-choose', locale: 'nl' }),
    ).toMatchObject({
      screen: 'home',
      locale: 'nl',
    });
  });

  it('goes back step by step: from a part to the parts, then home', () => {
    let state = apply(
      initialApp('sv'),
      { type: 'home-select' },
      { type: 'guide', action: { type: 'open' } },
    );
    expect(state).toMatchObject({ screen: 'guide', guide: { view: 'reading' } });
    state = apply(state, { type: 'back' });
    expect(state).toMatchObject({ screen: 'guide', guide: { view: 'parts' } });
    expect(apply(state, { type: 'back' }).screen).toBe('home');
  });

  it('opens resumed answers on the review, with a line that says where they came from', () => {
    const state = initialApp('sv', { answers, notice: () => 'Svaren från svar.json är inlästa.' });
    expect(state.screen).toBe('review');
    expect(state.notice).toEqual({ text: 'Svaren från svar.json är inlästa.', tone: 'info' });
    expect(reviewCount(state)).toBe(20);
  });

  it('creates the letter from the review, with advice and a clean check', () => {
    const state = apply(
      initialApp('sv', { answers, notice: () => '' }),
      { type: 'review-move', delta: -1 },
      { type: 'review-select' },
    );
    expect(state.screen).toBe('preview');
    expect(state.letter?.result.documents[0]?.text).toContain('Anna Svensson');
    expect(state.letter?.result.advice.length).toBeGreaterThan(0);
    expect(state.letter?.findings).toEqual([[]]);
  });

  it('sends the person to the first wrong answer instead of creating the letter', () => {
    const wrong = { ...answers, startDate: '2026-13-01' };
    const state = apply(
      initialApp('sv', { answers: wrong, notice: () => '' }),
      { type: 'review-move', delta: -1 },
      { type: 'review-select' },
    );
    expect(state.screen).toBe('wizard');
    expect(state.wizard && currentField(state.wizard)?.path).toBe('startDate');
    expect(state.wizard?.issues[0]).toContain('2026-13-01');
  });

  it('names an answer the wizard does not ask for on the review itself', () => {
    const wrong = { ...answers, acceptedOn: '2027-01-01' };
    const state = apply(
      initialApp('sv', { answers: wrong, notice: () => '' }),
      { type: 'review-move', delta: -1 },
      { type: 'review-select' },
    );
    expect(state.screen).toBe('review');
    expect(state.notice?.tone).toBe('error');
  });

  it('quits from home with the last item', () => {
    expect(
      apply(initialApp('nl'), { type: 'home-move', delta: -1 }, { type: 'home-select' }).quit,
    ).toBe(true);
  });
});
