import type { Key } from 'ink';
import type { AppState } from '../state/app.ts';
import { currentField, isTyped } from '../state/wizard.ts';

/**
 * Every key the app knows, by what it does. The key map (`keymap.ts`) asks `pressed(id, …)`, the
 * footer and the help screen print `glyph`/`helpGlyph` with the locale's words, and
 * `screenKeys` says which of them work on a screen: one list, so the help cannot drift from what
 * the keys do (`keymap.test.ts` presses every key on every screen against it).
 */
export const keyIds = [
  'move',
  'scroll',
  'page',
  'ends',
  'select',
  'open',
  'next',
  'edit',
  'confirm',
  'search',
  'nextMatch',
  'document',
  'save',
  'copy',
  'print',
  'answers',
  'position',
  'subject',
  'yes',
  'no',
  'erase',
  'cursor',
  'clear',
  'back',
  'quit',
  'help',
  'interrupt',
  'suspend',
] as const;

export type KeyId = (typeof keyIds)[number];

interface KeyDef {
  /** As the footer shows it. */
  glyph: string;
  /** As the help lists it: every way to press it. */
  helpGlyph: string;
  matches: (input: string, key: Key) => boolean;
}

const plain = (key: Key) => !key.ctrl && !key.meta;
const ctrl = (letter: string) => (input: string, key: Key) => key.ctrl && input === letter;
const letter = (char: string) => (input: string, key: Key) => plain(key) && input === char;
const enter = (_input: string, key: Key) => key.return;

export const keyDefs: Record<KeyId, KeyDef> = {
  move: {
    glyph: '↑↓',
    helpGlyph: '↑ ↓ j k',
    matches: (input, key) => key.upArrow || key.downArrow || input === 'j' || input === 'k',
  },
  scroll: {
    glyph: '↑↓',
    helpGlyph: '↑ ↓ j k',
    matches: (input, key) => key.upArrow || key.downArrow || input === 'j' || input === 'k',
  },
  page: {
    glyph: 'PgDn',
    helpGlyph: 'PgUp PgDn Space',
    matches: (input, key) =>
      key.pageUp || key.pageDown || input === ' ' || (key.ctrl && (input === 'b' || input === 'f')),
  },
  ends: {
    glyph: 'Home/End',
    helpGlyph: 'Home End g G',
    matches: (input, key) => key.home || key.end || input === 'g' || input === 'G',
  },
  select: { glyph: 'Enter', helpGlyph: 'Enter', matches: enter },
  open: { glyph: 'Enter', helpGlyph: 'Enter', matches: enter },
  next: { glyph: 'Enter', helpGlyph: 'Enter', matches: enter },
  edit: { glyph: 'Enter', helpGlyph: 'Enter', matches: enter },
  confirm: { glyph: 'Enter', helpGlyph: 'Enter', matches: enter },
  search: { glyph: '/', helpGlyph: '/', matches: letter('/') },
  nextMatch: { glyph: 'n', helpGlyph: 'n', matches: letter('n') },
  document: { glyph: 'Tab', helpGlyph: 'Tab', matches: (_input, key) => key.tab },
  save: { glyph: 's', helpGlyph: 's', matches: letter('s') },
  copy: { glyph: 'c', helpGlyph: 'c', matches: letter('c') },
  print: { glyph: 'p', helpGlyph: 'p', matches: letter('p') },
  answers: { glyph: 'a', helpGlyph: 'a', matches: letter('a') },
  position: { glyph: 'w', helpGlyph: 'w', matches: letter('w') },
  subject: { glyph: 'e', helpGlyph: 'e', matches: letter('e') },
  // "j" is ja in both languages; "y" for hands used to English.
  yes: {
    glyph: 'j',
    helpGlyph: 'j y',
    matches: (input, key) => plain(key) && /^[jJyY]$/.test(input),
  },
  no: { glyph: 'n', helpGlyph: 'n', matches: (input, key) => plain(key) && /^[nN]$/.test(input) },
  erase: {
    glyph: '⌫',
    helpGlyph: 'Backspace',
    matches: (input, key) => key.backspace || key.delete || /^[\u007f\b]+$/.test(input),
  },
  cursor: {
    glyph: '←→',
    helpGlyph: '← → Home End',
    matches: (input, key) =>
      key.leftArrow ||
      key.rightArrow ||
      key.home ||
      key.end ||
      (key.ctrl && (input === 'a' || input === 'e')),
  },
  clear: { glyph: 'Ctrl-U', helpGlyph: 'Ctrl-U', matches: ctrl('u') },
  back: { glyph: 'Esc', helpGlyph: 'Esc', matches: (_input, key) => key.escape },
  quit: { glyph: 'q', helpGlyph: 'q', matches: letter('q') },
  help: { glyph: '?', helpGlyph: '?', matches: letter('?') },
  interrupt: { glyph: 'Ctrl-C', helpGlyph: 'Ctrl-C', matches: ctrl('c') },
  suspend: { glyph: 'Ctrl-Z', helpGlyph: 'Ctrl-Z', matches: ctrl('z') },
};

export function pressed(id: KeyId, input: string, key: Key): boolean {
  return keyDefs[id].matches(input, key);
}

/** The keys that work on a screen: the few the footer shows, and all of them for the help. */
export interface ScreenKeys {
  footer: KeyId[];
  all: KeyId[];
}

/** The text field taking the keyboard, if any: `q` is a letter there, `?` only once it has text. */
export function typedField(state: AppState): { value: string } | undefined {
  switch (state.screen) {
    case 'guide':
      return state.guide.prompt;
    case 'wizard': {
      const field = state.wizard && currentField(state.wizard);
      return field !== undefined && isTyped(field) ? state.wizard?.field : undefined;
    }
    case 'preview':
      return state.preview.prompt?.field;
    case 'check':
      return state.check.result === undefined ? state.check.field : undefined;
    default:
      return undefined;
  }
}

const typing: KeyId[] = ['erase', 'cursor', 'clear'];
const always: KeyId[] = ['interrupt', 'suspend'];

function screenKeysWithoutGlobals(state: AppState): ScreenKeys {
  if (state.help) return { footer: ['back'], all: ['scroll', 'page', 'back'] };
  if (state.confirmQuit) return { footer: ['yes', 'no'], all: ['yes', 'no', 'back'] };
  const field = typedField(state);
  if (field) {
    const enterKey: KeyId = state.screen === 'wizard' ? 'next' : 'confirm';
    return { footer: [enterKey, 'back'], all: [enterKey, 'back', ...typing] };
  }
  switch (state.screen) {
    case 'language':
      return { footer: ['select', 'quit'], all: ['move', 'select', 'quit'] };
    case 'home':
      return { footer: ['select', 'quit'], all: ['move', 'select', 'quit'] };
    case 'guide': {
      const next: KeyId[] = state.guide.search ? ['nextMatch'] : [];
      if (state.guide.view === 'parts')
        return {
          footer: ['open', 'search', 'back'],
          all: ['move', 'open', 'search', ...next, 'back', 'quit'],
        };
      return {
        footer: ['scroll', 'search', 'back'],
        all: ['scroll', 'page', 'ends', 'search', ...next, 'back', 'quit'],
      };
    }
    case 'wizard':
      return { footer: ['next', 'back', 'quit'], all: ['move', 'next', 'back', 'quit'] };
    case 'review':
      return {
        footer: ['edit', 'position', 'back'],
        all: ['move', 'edit', 'position', 'back', 'quit'],
      };
    case 'position':
      return {
        footer: ['scroll', 'back', 'quit'],
        all: ['scroll', 'page', 'ends', 'back', 'quit'],
      };
    case 'preview':
      if (state.preview.confirm || state.preview.addressCheck === 'asking')
        return { footer: ['yes', 'no'], all: ['yes', 'no', 'back'] };
      return {
        footer: ['save', 'copy', 'back'],
        all: [
          'scroll',
          'page',
          'ends',
          'document',
          'save',
          'copy',
          'subject',
          'print',
          'answers',
          'position',
          'back',
          'quit',
        ],
      };
    case 'check':
      return {
        footer: ['scroll', 'back', 'quit'],
        all: ['scroll', 'page', 'ends', 'back', 'quit'],
      };
  }
}

/** The keys of the screen showing; `?` always ends the footer where it opens the help. */
export function screenKeys(state: AppState): ScreenKeys {
  const keys = screenKeysWithoutGlobals(state);
  const field = typedField(state);
  const helpWorks =
    state.locale !== undefined &&
    !state.help &&
    !state.confirmQuit &&
    !state.preview.confirm &&
    state.preview.addressCheck !== 'asking'
      ? field === undefined || field.value === ''
      : false;
  const help: KeyId[] = helpWorks ? ['help'] : [];
  return { footer: [...keys.footer, ...help], all: [...keys.all, ...help, ...always] };
}
