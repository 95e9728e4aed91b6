import type { Key } from 'ink';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { uiMessages } from '../i18n/messages.ts';
import { type AppAction, type AppState, appReducer, initialApp } from '../state/app.ts';
import { footerText } from './Footer.tsx';
import { helpLines } from './help-lines.ts';
import { keyToAction } from './keymap.ts';
import { keyDefs, screenKeys } from './keys.ts';
import { noKey } from './no-key.ts';
import { swedishAnswers } from './test-kit.tsx';

beforeAll(loadEngine);

const none: Key = noKey;

/** Every key a person could press: each printable ASCII character, the named keys, Ctrl-letters. */
const probes: [string, Partial<Key>][] = [
  ...Array.from({ length: 95 }, (_, i): [string, Partial<Key>] => [
    String.fromCharCode(32 + i),
    {},
  ]),
  ...(
    [
      'upArrow',
      'downArrow',
      'leftArrow',
      'rightArrow',
      'pageUp',
      'pageDown',
      'home',
      'end',
      'return',
      'escape',
      'tab',
      'backspace',
      'delete',
    ] as const
  ).map((name): [string, Partial<Key>] => ['', { [name]: true }]),
  ...'abcdefuz'.split('').map((letter): [string, Partial<Key>] => [letter, { ctrl: true }]),
];

const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(appReducer, state);
const home = initialApp('sv');
const review = () => initialApp('sv', { answers: swedishAnswers, notice: () => '' });
const preview = () => run(review(), { type: 'review-move', delta: -1 }, { type: 'review-select' });

/** One state of each screen and mode, named for the failure message. */
const screens: Record<string, () => AppState> = {
  home: () => home,
  'guide parts': () => run(home, { type: 'home-select' }),
  'guide text': () =>
    run(home, { type: 'home-select' }, { type: 'guide', action: { type: 'open' } }),
  'wizard list': () => run(home, { type: 'home-move', delta: 1 }, { type: 'home-select' }),
  'wizard text field, empty': () =>
    run(
      home,
      { type: 'home-move', delta: 1 },
      { type: 'home-select' },
      { type: 'wizard', action: { type: 'submit' } },
      { type: 'wizard', action: { type: 'submit' } },
    ),
  review,
  preview,
  'preview, save prompt': () =>
    run(preview(), {
      type: 'preview',
      action: { type: 'prompt', kind: 'document', suggestion: '' },
    }),
  position: () => run(review(), { type: 'position-open' }),
  'check prompt': () => run(home, { type: 'home-move', delta: 2 }, { type: 'home-select' }),
  'quit question': () =>
    run(home, { type: 'home-move', delta: 1 }, { type: 'home-select' }, { type: 'quit' }),
};

const layout = { viewport: 8, total: 40, documents: 2 };

describe.each(Object.entries(screens))('the keys of %s', (_name, make) => {
  it('are the keys the help lists: each listed key does something, and nothing else does', () => {
    const state = make();
    const { all } = screenKeys(state);
    const field = state.screen === 'wizard' || state.preview.prompt || state.screen === 'check';
    for (const [input, flags] of probes) {
      const key = { ...none, ...flags };
      // Letters typed into a text field are text, not keys.
      const typed = field && input.length === 1 && !key.ctrl && input !== '?';
      const action = keyToAction(state, input, key, layout, uiMessages.sv);
      const listed = all.filter((id) => keyDefs[id].matches(input, key));
      if (typed && all.includes('erase')) continue;
      expect({ input, flags, listed: listed.length > 0 }).toEqual({
        input,
        flags,
        listed: action !== undefined,
      });
    }
  });

  it('fit a 40-column footer with ? last, and a help of lines no wider than 40', () => {
    const state = make();
    const footer = footerText(screenKeys(state).footer, uiMessages.nl, 40);
    expect([...footer].length).toBeLessThanOrEqual(40);
    if (screenKeys(state).footer.includes('help')) expect(footer).toMatch(/\? hulp$/);
    const help = helpLines(state, uiMessages.sv, 40);
    for (const line of help) expect([...line.text].length).toBeLessThanOrEqual(40);
    for (const id of screenKeys(state).all)
      expect(help.map((line) => line.text).join('\n')).toContain(
        uiMessages.sv.keyHelp[id].split(' ')[0],
      );
  });
});
