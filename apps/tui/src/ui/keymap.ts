import type { Key } from 'ink';
import { letterEngine } from '../engine.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import type { AppAction, AppState } from '../state/app.ts';
import { type ScrollMove, scrollTo } from '../state/scroll.ts';
import type { TextEdit } from '../state/text-field.ts';
import { pressed, typedField } from './keys.ts';

/** Sizes the key map needs and only the views know: how many lines show and how many there are. */
export interface Layout {
  viewport: number;
  total: number;
  documents: number;
}

/** The postal addresses core found missing from a posted letter, by its advice codes. */
export function missingAddresses(state: AppState): ('sender' | 'recipient')[] {
  const codes = new Set(state.letter?.result.advice.map((advice) => advice.code) ?? []);
  return [
    ...(codes.has('sender-address-missing') ? (['sender'] as const) : []),
    ...(codes.has('recipient-address-missing') ? (['recipient'] as const) : []),
  ];
}

/** Is a text field taking the keyboard? Then `q` is a letter, not a command. */
export function isTyping(state: AppState): boolean {
  return typedField(state) !== undefined;
}

function textEdit(input: string, key: Key): TextEdit | undefined {
  // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`. Presses that
  // arrive in one read come as one string of DELs with no key flag at all.
  if (key.backspace || key.delete) return { type: 'backspace' };
  if (/^[\u007f\b]+$/.test(input)) return { type: 'backspace', count: input.length };
  if (key.leftArrow) return { type: 'left' };
  if (key.rightArrow) return { type: 'right' };
  if (pressed('clear', input, key)) return { type: 'clear' };
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
  if (pressed('interrupt', input, key)) return { type: 'quit', interrupted: true };
  if (pressed('suspend', input, key)) return { type: 'suspend' };
  if (state.help) {
    if (pressed('scroll', input, key) || pressed('page', input, key)) {
      const move = scrollMove(input, key);
      return move && { type: 'help-scroll', move, total: layout.total, viewport: layout.viewport };
    }
    // Any other key closes the help, as the last line says.
    return { type: 'help', open: false };
  }
  if (state.confirmQuit) {
    if (pressed('yes', input, key)) return { type: 'quit', confirmed: true };
    if (pressed('no', input, key) || pressed('back', input, key)) return { type: 'quit-cancel' };
    return undefined;
  }
  const field = typedField(state);
  // `?` opens the help from an empty field; once something is typed, it is a question mark.
  if (pressed('help', input, key) && state.locale && (!field || field.value === ''))
    return { type: 'help', open: true };
  if (field) return typingAction(state, input, key);
  if (pressed('quit', input, key)) return { type: 'quit' };
  if (pressed('back', input, key))
    return state.screen === 'language' || state.screen === 'home' ? undefined : { type: 'back' };
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
      if (pressed('search', input, key)) return { type: 'guide', action: { type: 'search-open' } };
      if (pressed('nextMatch', input, key) && state.guide.search)
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
      if (pressed('position', input, key)) return { type: 'position-open' };
      return undefined;
    case 'position':
      return scroll && { type: 'position-scroll', ...scroll };
    case 'preview': {
      if (state.preview.confirm) {
        if (pressed('yes', input, key))
          return { type: 'preview', action: { type: 'confirm', yes: true } };
        if (pressed('no', input, key))
          return { type: 'preview', action: { type: 'confirm', yes: false } };
        return undefined;
      }
      const suggestion = () => {
        const document = state.letter?.result.documents[state.preview.document];
        return document ? letterEngine().documentFilename(document, 'txt') : '';
      };
      if (state.preview.addressCheck === 'asking') {
        if (pressed('yes', input, key))
          return {
            type: 'preview',
            action: { type: 'address-answer', yes: true, suggestion: suggestion() },
          };
        if (pressed('no', input, key) || pressed('back', input, key))
          return {
            type: 'preview',
            action: { type: 'address-answer', yes: false, suggestion: '' },
          };
        return undefined;
      }
      if (pressed('document', input, key))
        return { type: 'preview', action: { type: 'next-document', count: layout.documents } };
      if (pressed('subject', input, key)) {
        const document = state.letter?.result.documents[state.preview.document];
        if (document?.kind !== 'email' || document.subject === undefined) return undefined;
        return {
          type: 'preview',
          action: { type: 'prompt', kind: 'subject', suggestion: document.subject },
        };
      }
      if (
        pressed('save', input, key) &&
        state.preview.addressCheck !== 'accepted' &&
        missingAddresses(state).length > 0
      )
        return { type: 'preview', action: { type: 'address-ask' } };
      if (pressed('save', input, key)) {
        const document = state.letter?.result.documents[state.preview.document];
        const suggestion = document ? letterEngine().documentFilename(document, 'txt') : '';
        return { type: 'preview', action: { type: 'prompt', kind: 'document', suggestion } };
      }
      if (pressed('answers', input, key)) {
        const suggestion = messages.preview.answersFile;
        return { type: 'preview', action: { type: 'prompt', kind: 'answers', suggestion } };
      }
      if (pressed('copy', input, key)) return { type: 'preview', action: { type: 'copy' } };
      if (pressed('position', input, key)) return { type: 'position-open' };
      if (pressed('print', input, key)) {
        const text = state.preview.printOnExit
          ? messages.preview.printOff
          : messages.preview.printOn;
        return {
          type: 'preview',
          action: { type: 'toggle-print', notice: { text, tone: 'info' } },
        };
      }
      return scroll && { type: 'preview', action: { type: 'scroll', ...scroll } };
    }
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
