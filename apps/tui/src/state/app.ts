import type { Locale } from '@rescind/core';
import type { Finding, LetterResult, Position, ValidLetterInput } from '@rescind/core/letter';
import { letterEngine } from '../engine.ts';
import type { RawAnswers } from './answers.ts';
import { type CheckAction, type CheckState, checkReducer, initialCheck } from './check.ts';
import { visibleFields } from './fields.ts';
import { type GuideAction, type GuideState, guideReducer, initialGuide } from './guide.ts';
import {
  initialPreview,
  type Notice,
  type PreviewAction,
  type PreviewState,
  previewReducer,
} from './preview.ts';
import { moveCursor, type ScrollMove, scrollTo } from './scroll.ts';
import { startWizard, type WizardAction, type WizardState, wizardReducer } from './wizard.ts';

export type ScreenName =
  | 'language'
  | 'home'
  | 'guide'
  | 'wizard'
  | 'review'
  | 'preview'
  | 'position'
  | 'check';

export const homeItems = ['guide', 'letter', 'check', 'quit'] as const;
export type HomeItem = (typeof homeItems)[number] | 'resume';

/** The home menu; answers kept from an earlier run are offered first. */
export function homeItemsOf(state: AppState): readonly HomeItem[] {
  return state.draft ? ['resume', ...homeItems] : homeItems;
}

/** Answers given that quitting would leave behind: anything beyond the language itself. */
export function hasWork(state: AppState): boolean {
  const answers = state.wizard?.answers;
  if (!answers) return false;
  return Object.keys(answers).some((key) => key !== 'locale' && key !== 'today');
}

/** The shown document with the subject the person typed (an empty one keeps core's). */
function withSubject(state: AppState, typed: string): AppState {
  const preview = previewReducer(state.preview, { type: 'prompt-cancel' });
  const subject = typed.replace(/\s+/g, ' ').trim();
  const letter = state.letter;
  if (!letter || subject === '') return { ...state, preview };
  // The same documents in the same order, one subject changed: the channel's shape holds.
  const documents = letter.result.documents.map((document, index) =>
    index === state.preview.document && document.subject !== undefined
      ? { ...document, subject }
      : document,
  ) as typeof letter.result.documents;
  return { ...state, preview, letter: { ...letter, result: { ...letter.result, documents } } };
}

/** Where the person stands, as core assessed it, and the screen that Esc returns to. */
export interface Standing {
  position: Position;
  from: 'review' | 'preview';
  scroll: number;
}

/** The letter as generated, with what the guide-based check says of each document. */
export interface Letter {
  result: LetterResult;
  findings: Finding[][];
}

export interface AppState {
  /** Unknown until the environment says or the person picks one. */
  locale?: Locale;
  screen: ScreenName;
  help: boolean;
  /** The first visible line of the help, which scrolls when the screen is small. */
  helpScroll: number;
  quit: boolean;
  /** Set when Ctrl-C ended the app: the exit status is then 130, as for any interrupted program. */
  interrupted?: boolean;
  /** `q` was pressed with answers given: the status line asks before the app quits. */
  confirmQuit?: boolean;
  /** Answers kept from an earlier run (the autosave), offered on the home screen. */
  draft?: Draft;
  /** Whether the autosave could keep the answers given so far. */
  autosave?: 'saved' | 'failed';
  language: number;
  home: number;
  guide: GuideState;
  wizard?: WizardState;
  review: number;
  letter?: Letter;
  preview: PreviewState;
  standing?: Standing;
  check: CheckState;
  /** A line for the review screen: which answers were loaded, or an answer it cannot open. */
  notice?: Notice;
  /** Answers loaded before the language was chosen: they open the review once it is. */
  resumed?: Resumed;
}

/** Answers the app saved as the person went, found again at the next start. */
export interface Draft {
  answers: RawAnswers;
  /** ISO date and time of the last save. */
  savedAt: string;
}

/** Answers read from a file with `--resume`, and the line that says so. */
export interface Resumed {
  answers: RawAnswers;
  /** Says which file the answers came from, in the language they will be shown in. */
  notice: (locale: Locale) => string;
  /** `error` when some answers could not be used and the notice says which. */
  tone?: 'info' | 'error';
}

export type AppAction =
  /** `interrupted`: Ctrl-C; `confirmed`: the person said yes to quitting with answers given. */
  | { type: 'quit'; interrupted?: boolean; confirmed?: boolean }
  | { type: 'quit-cancel' }
  /** Ctrl-Z: the view hands the terminal to the shell; the state stays as it is. */
  | { type: 'suspend' }
  | { type: 'help'; open: boolean }
  | { type: 'help-scroll'; move: ScrollMove; total: number; viewport: number }
  | { type: 'resume-draft' }
  | { type: 'autosaved'; ok: boolean }
  | { type: 'language-move'; delta: number }
  | { type: 'language-choose'; locale: Locale }
  | { type: 'home-move'; delta: number }
  | { type: 'home-select' }
  | { type: 'back' }
  | { type: 'guide'; action: GuideAction }
  | { type: 'wizard'; action: WizardAction }
  | { type: 'review-move'; delta: number }
  | { type: 'review-select' }
  | { type: 'preview'; action: PreviewAction }
  | { type: 'position-open' }
  | { type: 'position-scroll'; move: ScrollMove; total: number; viewport: number }
  | { type: 'check'; action: CheckAction };

/** The app's first state: asks for a language unless one is known; resumed answers open the review. */
export function initialApp(locale?: Locale, resumed?: Resumed, draft?: Draft): AppState {
  const state: AppState = {
    locale,
    screen: locale ? 'home' : 'language',
    help: false,
    helpScroll: 0,
    ...(draft && !resumed ? { draft } : {}),
    quit: false,
    language: 0,
    home: 0,
    guide: initialGuide,
    review: 0,
    preview: initialPreview,
    check: initialCheck,
  };
  if (!resumed) return state;
  return locale ? openResumed(state, locale, resumed) : { ...state, resumed };
}

function openResumed(state: AppState, locale: Locale, resumed: Resumed): AppState {
  const notice: Notice = { text: resumed.notice(locale), tone: resumed.tone ?? 'info' };
  return {
    ...state,
    locale,
    screen: 'review',
    resumed: undefined,
    wizard: startWizard(locale, resumed.answers),
    notice,
  };
}

/**
 * The answers as core accepts them; or, when they are not valid, the app at the first answer to
 * fix (or with a notice naming an answer the wizard does not ask for).
 */
function validAnswers(state: AppState): ValidLetterInput | AppState {
  const wizard = state.wizard;
  if (!wizard) return state;
  const validation = letterEngine().validateLetterInput(wizard.answers, { locale: wizard.locale });
  if (!validation.success) {
    const first = validation.issues[0];
    const messages = validation.issues
      .filter((issue) => issue.path === first?.path)
      .map((issue) => issue.message);
    const asked = visibleFields(wizard.answers, wizard.locale).some(
      (field) => field.path === first?.path,
    );
    // An answer the wizard does not ask for (one from a resumed file) can only be named here.
    if (!first || !asked) return { ...state, notice: { text: messages.join(' '), tone: 'error' } };
    const opened = wizardReducer(wizard, { type: 'open', path: first.path, fromReview: true });
    return { ...state, screen: 'wizard', wizard: { ...opened, issues: messages } };
  }
  return validation.data;
}

function isAppState(value: ValidLetterInput | AppState): value is AppState {
  return 'screen' in value;
}

/** Generates the letter from valid answers, or sends the person to the first answer to fix. */
function createLetter(state: AppState): AppState {
  const input = validAnswers(state);
  if (isAppState(input)) return input;
  const { generateLetter, lintDocument, lintOptionsFor } = letterEngine();
  const result = generateLetter(input);
  // Each document is checked for its own kind (a call's confirming e-mail is an e-mail), and what
  // the person typed as names is never taken for a mistake.
  const findings = result.documents.map((document) =>
    lintDocument(document, lintOptionsFor(input)),
  );
  return { ...state, screen: 'preview', letter: { result, findings }, preview: initialPreview };
}

/**
 * Where the person stands: from the preview, the letter's own `position`; from the review, core's
 * assessment of the answers so far, or the first answer to fix.
 */
function openStanding(state: AppState): AppState {
  if (state.screen === 'preview' && state.letter) {
    const standing: Standing = {
      position: state.letter.result.position,
      from: 'preview',
      scroll: 0,
    };
    return { ...state, screen: 'position', standing };
  }
  if (state.screen !== 'review') return state;
  const input = validAnswers(state);
  if (isAppState(input)) return input;
  const position = letterEngine().assessPosition(input);
  return { ...state, screen: 'position', standing: { position, from: 'review', scroll: 0 } };
}

/** The review screen lists each question that applies, then "create the letter". */
export function reviewCount(state: AppState): number {
  if (!state.wizard) return 1;
  return visibleFields(state.wizard.answers, state.wizard.locale).length + 1;
}

function back(state: AppState): AppState {
  switch (state.screen) {
    case 'language':
    case 'home':
      return state;
    case 'guide':
      if (state.guide.view === 'reading' || state.guide.prompt) {
        return { ...state, guide: guideReducer(state.guide, { type: 'back' }) };
      }
      return { ...state, screen: 'home' };
    case 'wizard':
      return withWizard(state, { type: 'back' });
    case 'review':
      return withWizard(
        { ...state, screen: 'wizard' },
        { type: 'open', path: lastPath(state), fromReview: false },
      );
    case 'preview':
      if (state.preview.prompt)
        return { ...state, preview: previewReducer(state.preview, { type: 'prompt-cancel' }) };
      if (state.preview.confirm)
        return {
          ...state,
          preview: previewReducer(state.preview, { type: 'confirm', yes: false }),
        };
      return { ...state, screen: 'review' };
    case 'position':
      return { ...state, screen: state.standing?.from ?? 'review' };
    case 'check':
      if (state.check.result)
        return { ...state, check: checkReducer(state.check, { type: 'again' }) };
      return { ...state, screen: 'home' };
  }
}

function lastPath(state: AppState): string {
  if (!state.wizard) return '';
  const fields = visibleFields(state.wizard.answers, state.wizard.locale);
  return fields[fields.length - 1]?.path ?? '';
}

function withWizard(state: AppState, action: WizardAction): AppState {
  if (!state.wizard) return state;
  const wizard = wizardReducer(state.wizard, action);
  if (wizard.outcome === 'finished')
    return { ...state, screen: 'review', wizard: { ...wizard, outcome: undefined } };
  if (wizard.outcome === 'left') {
    const screen = wizard.fromReview ? 'review' : 'home';
    return { ...state, screen, wizard: { ...wizard, outcome: undefined, fromReview: false } };
  }
  return { ...state, wizard };
}

/** The whole app: which screen shows, and each screen's own state. */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'quit':
      if (action.interrupted) return { ...state, quit: true, interrupted: true };
      if (action.confirmed || !hasWork(state)) return { ...state, quit: true };
      return { ...state, confirmQuit: true };
    case 'suspend':
      return state;
    case 'quit-cancel':
      return { ...state, confirmQuit: false };
    case 'help':
      return { ...state, help: action.open, helpScroll: 0 };
    case 'help-scroll':
      return {
        ...state,
        helpScroll: scrollTo(state.helpScroll, action.move, action.total, action.viewport),
      };
    case 'resume-draft': {
      if (!state.draft || !state.locale) return state;
      const wizard = startWizard(state.locale, state.draft.answers);
      return { ...state, screen: 'review', review: 0, wizard, draft: undefined, notice: undefined };
    }
    case 'autosaved':
      return { ...state, autosave: action.ok ? 'saved' : 'failed' };
    case 'language-move':
      return { ...state, language: moveCursor(state.language, action.delta, 2) };
    case 'language-choose':
      if (state.resumed) return openResumed(state, action.locale, state.resumed);
      return { ...state, locale: action.locale, screen: 'home' };
    case 'home-move':
      return { ...state, home: moveCursor(state.home, action.delta, homeItemsOf(state).length) };
    case 'home-select': {
      const item = homeItemsOf(state)[state.home];
      if (item === 'resume') return appReducer(state, { type: 'resume-draft' });
      if (item === 'quit') return { ...state, quit: true };
      if (item === 'guide') return { ...state, screen: 'guide', notice: undefined };
      if (item === 'check') return { ...state, screen: 'check', notice: undefined };
      if (!state.locale) return state;
      // Coming back to the wizard keeps the answers given so far.
      const wizard = state.wizard ?? startWizard(state.locale);
      return {
        ...state,
        screen: 'wizard',
        notice: undefined,
        wizard: wizardReducer(wizard, { type: 'open', path: 'channel', fromReview: false }),
      };
    }
    case 'back':
      return back(state);
    case 'guide':
      return { ...state, guide: guideReducer(state.guide, action.action) };
    case 'wizard':
      return withWizard(state, action.action);
    case 'review-move':
      return { ...state, review: moveCursor(state.review, action.delta, reviewCount(state)) };
    case 'review-select': {
      if (!state.wizard) return state;
      const fields = visibleFields(state.wizard.answers, state.wizard.locale);
      const field = fields[state.review];
      if (!field) return createLetter(state);
      return withWizard(
        { ...state, screen: 'wizard' },
        { type: 'open', path: field.path, fromReview: true },
      );
    }
    case 'preview':
      if (action.action.type === 'prompt-submit' && state.preview.prompt?.kind === 'subject')
        return withSubject(state, state.preview.prompt.field.value);
      return { ...state, preview: previewReducer(state.preview, action.action) };
    case 'position-open':
      return openStanding(state);
    case 'position-scroll': {
      if (!state.standing) return state;
      const scroll = scrollTo(state.standing.scroll, action.move, action.total, action.viewport);
      return { ...state, standing: { ...state.standing, scroll } };
    }
    case 'check':
      return { ...state, check: checkReducer(state.check, action.action) };
  }
}
