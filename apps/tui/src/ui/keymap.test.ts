import type { Key } from 'ink';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { uiMessages } from '../i18n/messages.ts';
import { type AppState, appReducer, initialApp } from '../state/app.ts';
import { keyToAction } from './keymap.ts';
import { noKey } from './no-key.ts';

beforeAll(loadEngine);

const none: Key = noKey;
const layout = { viewport: 10, total: 40, documents: 2 };
const press = (state: AppState, input: string, key: Partial<Key> = {}) =>
  keyToAction(state, input, { ...none, ...key }, layout, uiMessages.sv);

const home = initialApp('sv');
/** The wizard's first question (the channel, a list), reached from home. */
const wizard = () =>
  [{ type: 'home-move', delta: 1 } as const, { type: 'home-select' } as const].reduce(
    appReducer,
    home,
  );

describe('keyToAction', () => {
  it('quits with q where nothing is typed, and with Ctrl-C anywhere', () => {
    expect(press(home, 'q')).toEqual({ type: 'quit' });
    expect(press(wizard(), 'c', { ctrl: true })).toEqual({ type: 'quit', interrupted: true });
  });

  it('types q and ? into a text field', () => {
    const typing = appReducer(
      appReducer(wizard(), { type: 'wizard', action: { type: 'submit' } }),
      {
        type: 'wizard',
        action: { type: 'submit' },
      },
    );
    expect(press(typing, 'q')).toEqual({
      type: 'wizard',
      action: { type: 'edit', edit: { type: 'insert', text: 'q' } },
    });
    // `?` opens the help from the empty field, and is a question mark once something is typed.
    expect(press(typing, '?')).toEqual({ type: 'help', open: true });
    const typed = appReducer(typing, {
      type: 'wizard',
      action: { type: 'edit', edit: { type: 'insert', text: 'Varför' } },
    });
    expect(press(typed, '?')).toMatchObject({ action: { edit: { text: '?' } } });
  });

  it('scrolls the guide with j, PgDn and End, within the text', () => {
    const reading = appReducer(appReducer(home, { type: 'home-select' }), {
      type: 'guide',
      action: { type: 'open' },
    });
    expect(press(reading, 'j')).toMatchObject({ action: { type: 'scroll', move: 'down' } });
    expect(press(reading, '', { pageDown: true })).toMatchObject({ action: { move: 'page-down' } });
    expect(press(reading, '', { end: true })).toMatchObject({
      action: { move: 'bottom', total: 40 },
    });
  });

  it('closes help with any key', () => {
    const help = appReducer(home, { type: 'help', open: true });
    expect(press(help, 'x')).toEqual({ type: 'help', open: false });
  });

  it('opens where you stand with w from the review and scrolls it with j', () => {
    const review: AppState = { ...home, screen: 'review' };
    expect(press(review, 'w')).toEqual({ type: 'position-open' });
    const standing: AppState = { ...home, screen: 'position' };
    expect(press(standing, 'j')).toMatchObject({ type: 'position-scroll', move: 'down' });
    expect(press(standing, '', { escape: true })).toEqual({ type: 'back' });
  });
});
