import { getArticle, type Locale } from '@rescind/core';
import { Box, type Key, useApp, useInput, useStdin } from 'ink';
import { useEffect, useMemo } from 'react';
import { isEngineLoaded, loadEngine } from '../engine.ts';
import { uiMessages } from '../i18n/messages.ts';
import { type AppAction, type AppState, homeItems } from '../state/app.ts';
import { searchGuide } from '../text/search.ts';
import { truncate } from '../text/wrap.ts';
import { Body } from './Body.tsx';
import type { Effects } from './effects.ts';
import { Footer } from './Footer.tsx';
import { keyToAction } from './keymap.ts';
import { StatusLine } from './StatusLine.tsx';
import { screenModel, screenStatus, statusLines } from './screen-model.ts';
import { HelpScreen } from './screens/Simple.tsx';
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
  const item = homeItems[state.home];
  return item === 'letter' || item === 'check';
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
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const { color } = useTheme();
  const width = Math.max(20, columns);
  const provisional = Math.max(4, rows - chrome);
  const locale: Locale | undefined = state.locale;
  const messages = locale ? uiMessages[locale] : undefined;
  const article = useMemo(() => (locale ? getArticle(locale) : undefined), [locale]);
  const view = screenModel(state, article, messages, width);
  const statusValue = screenStatus(state, messages, view, provisional);
  const shownStatus = statusLines(statusValue, width);
  const height = Math.max(3, provisional - (shownStatus.length - 1));

  useEffects(state, dispatch, effects, messages);

  useEffect(() => {
    if (!state.quit) return;
    onQuit(state);
    exit();
  }, [state, exit, onQuit]);

  const handleKey = (input: string, key: Key) => {
    // Keys can arrive faster than React renders: read the state as of the last key, not the last frame.
    const current = latest();
    const currentMessages = current.locale ? uiMessages[current.locale] : uiMessages.sv;
    const currentArticle = current.locale ? getArticle(current.locale) : undefined;
    if (current.screen === 'guide' && current.guide.prompt && key.return && currentArticle) {
      const hits = searchGuide(currentArticle, current.guide.prompt.value, width, currentMessages);
      dispatch({ type: 'guide', action: { type: 'search-submit', hits, viewport: height } });
      return;
    }
    const { total, linesTop } = screenModel(current, currentArticle, currentMessages, width);
    const documents = current.letter?.result.documents.length ?? 1;
    const action = keyToAction(
      current,
      input,
      key,
      { viewport: height - linesTop, total, documents },
      currentMessages,
    );
    if (!action) return;
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
          <HelpScreen messages={messages} width={width} />
        ) : (
          <Body state={state} view={view} messages={messages} width={width} height={height} />
        )}
      </Box>
      <StatusLine value={statusValue} lines={shownStatus} width={width} />
      <Footer keys={state.help && messages ? [messages.help.close] : view.keys} width={width} />
    </Box>
  );
}
