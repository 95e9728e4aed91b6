import { getArticle, type Locale } from '@rescind/core';
import { Box, type Key, useApp, useInput, useStdin } from 'ink';
import { useEffect, useMemo } from 'react';
import { isEngineLoaded, loadEngine } from '../engine.ts';
import { uiMessages } from '../i18n/messages.ts';
import { type AppAction, type AppState, homeItemsOf } from '../state/app.ts';
import { searchGuide } from '../text/search.ts';
import { truncate } from '../text/wrap.ts';
import { Body } from './Body.tsx';
import type { Effects } from './effects.ts';
import { Footer } from './Footer.tsx';
import { helpLines } from './help-lines.ts';
import { isTyping, keyToAction } from './keymap.ts';
import { screenKeys } from './keys.ts';
import { LinesView } from './LinesView.tsx';
import { noKey } from './no-key.ts';
import { StatusLine } from './StatusLine.tsx';
import { screenModel, screenStatus, statusLines } from './screen-model.ts';
import { Text } from './Text.tsx';
import { useTerminalSize } from './terminal-size.ts';
import { useTheme } from './theme.ts';
import { useEffects } from './use-effects.ts';
import { useStore } from './use-store.ts';

/** Rows the frame keeps for itself: the title line, the status line and the footer. */
const chrome = 3;

/** Actions that open a screen built on the letter engine. */
function needsEngine(state: AppState, action: AppAction): boolean {
  if (action.type === 'language-choose') return state.resumed !== undefined;
  if (action.type !== 'home-select') return false;
  const item = homeItemsOf(state)[state.home];
  return item === 'letter' || item === 'check' || item === 'resume';
}

const shifted: Key = { ...noKey, shift: true };

/** The flags of a plain character: none, or Shift for a capital, as Ink reports them. */
function noKeyFor(char: string): Key {
  return /^[A-Z]$/.test(char) ? shifted : noKey;
}

/**
 * Keys that arrived in one read, one by one. Ink hands a batch (`jjjj` typed faster than a frame,
 * a paste ending in a line break) to the handler as one string with no key flags; read as one key
 * it would mean nothing, or be typed with its line break as a space.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const flagged = Object.entries(key).some(([name, value]) => value === true && name !== 'shift');
  if (flagged || [...input].length <= 1) return [[input, key]];
  // A run of DELs is one edit (the text field counts them); a run of letters is typed text, which a
  // text field takes in one insert; anything else goes key by key.
  if (/^[\u007f\b]+$/.test(input)) return [[input, key]];
  const keys: [string, Key][] = [];
  for (const char of input.replace(/\r\n/g, '\r')) {
    if (char === '\r' || char === '\n') keys.push(['', { ...noKey, return: true }]);
    else if (char === '\t') keys.push(['', { ...noKey, tab: true }]);
    else if (char === '\u007f' || char === '\b') keys.push(['', { ...noKey, backspace: true }]);
    // Ctrl with a letter (Ctrl-U clears a field) is a key, as Ink reports it alone: its letter
    // with ctrl set. Typed fast or pasted next to text, it must not become an invisible letter.
    else if (char >= '\u0001' && char <= '\u001a')
      keys.push([String.fromCharCode(char.charCodeAt(0) + 96), { ...noKey, ctrl: true }]);
    else keys.push([char, noKeyFor(char)]);
  }
  return keys;
}

export interface AppProps {
  initial: AppState;
  effects: Effects;
  /** Called with the final state as the app quits, to print what was asked for after Ink is gone. */
  onQuit: (state: AppState) => void;
}

/** The interactive app: one frame, the screen the state names, keys through one key map. */
export function App({ initial, effects, onQuit }: AppProps) {
  const [state, dispatch, latest] = useStore(initial);
  const { exit, suspendTerminal } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const { color } = useTheme();
  const width = Math.max(20, columns);
  const provisional = Math.max(4, rows - chrome);
  const locale: Locale | undefined = state.locale;
  const messages = locale ? uiMessages[locale] : undefined;
  const article = useMemo(() => (locale ? getArticle(locale) : undefined), [locale]);
  const view = screenModel(state, article, messages, width);
  // The help covers the screen, and the screen's status line with it.
  const statusValue = state.help ? undefined : screenStatus(state, messages, view, provisional);
  const shownStatus = statusLines(statusValue, width);
  const height = Math.max(3, provisional - (shownStatus.length - 1));

  useEffects(state, dispatch, effects, messages);

  useEffect(() => {
    if (!state.quit) return;
    onQuit(state);
    exit();
  }, [state, exit, onQuit]);

  const handleKey = (input: string, key: Key) => {
    // Into a text field, a run of letters is one insert: a long paste is not a thousand renders.
    let run = '';
    const flush = () => {
      if (run !== '') handleOne(run, noKey);
      run = '';
    };
    for (const [one, flags] of splitKeys(input, key)) {
      const letter = one !== '' && flags === noKeyFor(one);
      if (letter && isTyping(latest()) && (run !== '' || one !== '?')) run += one;
      else {
        flush();
        handleOne(one, flags);
      }
    }
    flush();
  };
  const handleOne = (input: string, key: Key) => {
    // Keys can arrive faster than React renders: read the state as of the last key, not the last frame.
    const current = latest();
    const currentMessages = current.locale ? uiMessages[current.locale] : uiMessages.sv;
    const currentArticle = current.locale ? getArticle(current.locale) : undefined;
    if (current.screen === 'guide' && current.guide.prompt && key.return && currentArticle) {
      const hits = searchGuide(currentArticle, current.guide.prompt.value, width, currentMessages);
      dispatch({ type: 'guide', action: { type: 'search-submit', hits, viewport: height } });
      return;
    }
    const model = screenModel(current, currentArticle, currentMessages, width);
    const linesTop = current.help ? 0 : model.linesTop;
    const total = current.help ? helpLines(current, currentMessages, width).length : model.total;
    const documents = current.letter?.result.documents.length ?? 1;
    const action = keyToAction(
      current,
      input,
      key,
      { viewport: height - linesTop, total, documents },
      currentMessages,
    );
    if (!action) return;
    if (action.type === 'suspend') {
      const suspend = effects.suspend;
      if (suspend) void suspendTerminal(() => suspend());
      return;
    }
    // The letter engine loads just after the first frame; a very quick key waits for it.
    if (!isEngineLoaded() && needsEngine(current, action))
      void loadEngine().then(() => dispatch(action));
    else dispatch(action);
  };
  useInput(handleKey, { isActive: isRawModeSupported === true });

  return (
    <Box flexDirection="column" width={width} height={rows}>
      <Text bold {...(color ? { color: 'cyan' } : {})}>
        {truncate(state.help && messages ? messages.help.title : view.title, width)}
      </Text>
      <Box flexDirection="column" height={height} overflow="hidden">
        {state.help && messages ? (
          <LinesView
            lines={helpLines(state, messages, width)}
            scroll={state.helpScroll}
            height={height}
          />
        ) : (
          <Body state={state} view={view} messages={messages} width={width} height={height} />
        )}
      </Box>
      <StatusLine value={statusValue} lines={shownStatus} width={width} />
      <Footer keys={screenKeys(state).footer} messages={messages} width={width} />
    </Box>
  );
}
