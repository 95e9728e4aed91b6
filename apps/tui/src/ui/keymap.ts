import type { Key } from 'ink';
import { letterEngine } from '../engine.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import type { AppAction, AppState } from '../state/app.ts';
import { type ScrollMove, scrollTo } from '../state/scroll.ts';
import type { TextEdit } from '../state/text-field.ts';
import { currentField, isTyped } from '../state/wizard.ts';

/** Sizes the key map needs and only the views know: how many lines show and how many there are. */
export interface Layout {
  viewport: number;
  total: number;
  documents: number;
}

/** Is a text field taking the keyboard? Then `q` and `?` are letters, not commands. */
export function isTyping(state: AppState): boolean {
  switch (state.screen) {
    case 'guide':
      return state.guide.prompt !== undefined;
    case 'wizard': {
      const field = state.wizard && currentField(state.wizard);
      return field !== undefined && isTyped(field);
    }
    case 'preview':
      return state.preview.prompt !== undefined;
    case 'check':
      return state.check.result === undefined;
    default:
      return false;
  }
}

function textEdit(input: string, key: Key): TextEdit | undefined {
  // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`. Presses that
  // arrive in one read come as one string of DELs with no key flag at all.
  if (key.backspace || key.delete) return { type: 'backspace' };
  if (/^[\u007f\b]+$/.test(input)) return { type: 'backspace', count: input.length };
  if (key.leftArrow) return { type: 'left' };
  if (key.rightArrow) return { type: 'right' };
  if (key.ctrl && input === 'u') return { type: 'clear' };
  if (key.home || (key.ctrl && input === 'a')) return { type: 'home' };
  if (key.end || (key.ctrl && input === 'e')) return { type: 'end' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || input === '')
    return undefined;
  return { type: 'insert', text: input };
}

function scrollMove(input: string, key: Key): ScrollMove | undefined {
  if (key.upArrow || input === 'k') return 'up';
  if (key.downArrow || input === 'j') return 'down';
  if (key.pageUp || (key.ctrl && input === 'b')) return 'page-up';
  if (key.pageDown || input === ' ' || (key.ctrl && input === 'f')) return 'page-down';
  if (key.home || input === 'g') return 'top';
  if (key.end || input === 'G') return 'bottom';
  return undefined;
}

function listDelta(input: string, key: Key): number | undefined {
  if (key.upArrow || input === 'k') return -1;
  if (key.downArrow || input === 'j') return 1;
  return undefined;
}

function typingAction(state: AppState, input: string, key: Key): AppAction | undefined {
  if (key.escape) return { type: 'back' };
  const edit = textEdit(input, key);
  switch (state.screen) {
    case 'guide':
      if (key.return) return undefined; // the view submits: it knows where the hits are
      return edit && { type: 'guide', action: { type: 'search-edit', edit } };
    case 'wizard':
      if (key.return) return { type: 'wizard', action: { type: 'submit' } };
      return edit && { type: 'wizard', action: { type: 'edit', edit } };
    case 'preview':
      if (key.return) return { type: 'preview', action: { type: 'prompt-submit' } };
      return edit && { type: 'preview', action: { type: 'prompt-edit', edit } };
    case 'check':
      if (key.return) return { type: 'check', action: { type: 'submit' } };
      return edit && { type: 'check', action: { type: 'edit', edit } };
    default:
      return undefined;
  }
}

/**
 * The one key map: what a key press means on the screen showing. Returns `undefined` for keys that
 * mean nothing there. Ctrl-C quits from anywhere; `q` quits wherever it is not being typed.
 */
export function keyToAction(
  state: AppState,
  input: string,
  key: Key,
  layout: Layout,
  messages: UiMessages,
): AppAction | undefined {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.help) return { type: 'help', open: false };
  if (isTyping(state)) return typingAction(state, input, key);
  if (input === 'q') return { type: 'quit' };
  if (input === '?' && state.locale) return { type: 'help', open: true };
  if (key.escape) return { type: 'back' };
  const delta = listDelta(input, key);
  const move = scrollMove(input, key);
  const scroll = move && { move, total: layout.total, viewport: layout.viewport };
  switch (state.screen) {
    case 'language':
      if (delta !== undefined) return { type: 'language-move', delta };
      if (key.return)
        return { type: 'language-choose', locale: state.language === 0 ? 'sv' : 'nl' };
      return undefined;
    case 'home':
      if (delta !== undefined) return { type: 'home-move', delta };
      if (key.return) return { type: 'home-select' };
      return undefined;
    case 'guide':
      if (input === '/') return { type: 'guide', action: { type: 'search-open' } };
      if (input === 'n')
        return { type: 'guide', action: { type: 'search-next', viewport: layout.viewport } };
      if (state.guide.view === 'parts') {
        if (delta !== undefined)
          return { type: 'guide', action: { type: 'move', delta, count: layout.total } };
        if (key.return) return { type: 'guide', action: { type: 'open' } };
        return undefined;
      }
      return scroll && { type: 'guide', action: { type: 'scroll', ...scroll } };
    case 'wizard':
      if (delta !== undefined) return { type: 'wizard', action: { type: 'move', delta } };
      if (key.return) return { type: 'wizard', action: { type: 'submit' } };
      return undefined;
    case 'review':
      if (delta !== undefined) return { type: 'review-move', delta };
      if (key.return) return { type: 'review-select' };
      if (input === 'w') return { type: 'position-open' };
      return undefined;
    case 'position':
      return scroll && { type: 'position-scroll', ...scroll };
    case 'preview':
      if (state.preview.confirm) {
        if (input === 'j' || input === 'y')
          return { type: 'preview', action: { type: 'confirm', yes: true } };
        if (input === 'n') return { type: 'preview', action: { type: 'confirm', yes: false } };
        return undefined;
      }
      if (key.tab)
        return { type: 'preview', action: { type: 'next-document', count: layout.documents } };
      if (input === 's') {
        const document = state.letter?.result.documents[state.preview.document];
        const suggestion = document ? letterEngine().documentFilename(document, 'txt') : '';
        return { type: 'preview', action: { type: 'prompt', kind: 'document', suggestion } };
      }
      if (input === 'a') {
        const suggestion = messages.preview.answersFile;
        return { type: 'preview', action: { type: 'prompt', kind: 'answers', suggestion } };
      }
      if (input === 'c') return { type: 'preview', action: { type: 'copy' } };
      if (input === 'w') return { type: 'position-open' };
      if (input === 'p') {
        const text = state.preview.printOnExit
          ? messages.preview.printOff
          : messages.preview.printOn;
        return {
          type: 'preview',
          action: { type: 'toggle-print', notice: { text, tone: 'info' } },
        };
      }
      return scroll && { type: 'preview', action: { type: 'scroll', ...scroll } };
    case 'check':
      if (key.return) return { type: 'back' };
      return (
        move && {
          type: 'check',
          action: {
            type: 'scroll',
            scroll: scrollTo(state.check.scroll, move, layout.total, layout.viewport),
          },
        }
      );
  }
}
