import { type Article, getArticle, type Locale } from '@rescind/core';
import { Box, Text, useApp, useInput, useStdin } from 'ink';
import { useEffect, useMemo } from 'react';
import { uiMessages } from '../i18n/messages.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { isEngineLoaded, loadEngine } from '../engine.ts';
import { type AppAction, type AppState, homeItems, reviewCount } from '../state/app.ts';
import { currentField } from '../state/wizard.ts';
import { findingLines } from '../text/findings.ts';
import { guideParts, partLines } from '../text/guide.ts';
import type { Line } from '../text/lines.ts';
import { previewLines } from '../text/preview.ts';
import { searchGuide } from '../text/search.ts';
import { truncate, wrap } from '../text/wrap.ts';
import type { Effects } from './effects.ts';
import { Footer } from './Footer.tsx';
import { keyToAction } from './keymap.ts';
import { LinesView } from './LinesView.tsx';
import { ReviewScreen } from './screens/Review.tsx';
import { HelpScreen, HomeScreen, LanguageScreen } from './screens/Simple.tsx';
import { WizardScreen } from './screens/Wizard.tsx';
import { SelectList } from './SelectList.tsx';
import { TextInput } from './TextInput.tsx';
import type { TextField } from '../state/text-field.ts';
import { useTerminalSize } from './terminal-size.ts';
import { useTheme } from './theme.ts';
import { useEffects } from './use-effects.ts';
import { useStore } from './use-store.ts';

/** Rows the frame keeps for itself: the title line, the status line and the footer. */
const chrome = 3;

/** What the current screen shows and how tall it is: the key map scrolls by these numbers. */
interface Model {
  title: string;
  lines?: Line[];
  total: number;
  keys: string[];
}

function model(state: AppState, article: Article | undefined, messages: UiMessages | undefined, width: number): Model {
  if (!messages || !article) return { title: 'rescind', total: 2, keys: ['↑↓', 'Enter', 'q'] };
  const k = messages.keys;
  switch (state.screen) {
    case 'language':
    case 'home':
      return { title: 'rescind', total: 4, keys: [k.move, k.select, k.quit, k.help] };
    case 'guide': {
      const parts = guideParts(messages.guide);
      if (state.guide.view === 'parts') {
        return { title: messages.guide.parts, total: parts.length, keys: [k.move, k.open, k.search, k.back, k.quit, k.help] };
      }
      const lines = partLines(article, parts[state.guide.part]?.id ?? 'intro', width, messages, { heading: false });
      const keys = [k.scroll, k.page, k.search, ...(state.guide.search ? [k.nextMatch] : []), k.back, k.quit, k.help];
      return { title: parts[state.guide.part]?.title ?? '', lines, total: lines.length, keys };
    }
    case 'wizard': {
      const typing = state.wizard && ['text', 'date'].includes(stateFieldKind(state) ?? '');
      const keys = typing ? [k.next, k.back, k.quitAnywhere] : [k.move, k.next, k.back, k.quit, k.help];
      return { title: messages.wizard.title, total: 0, keys };
    }
    case 'review':
      return { title: messages.review.title, total: reviewCount(state), keys: [k.move, k.edit, k.back, k.quit, k.help] };
    case 'preview': {
      const lines = state.letter ? previewLines(state.letter, state.preview.document, width, messages) : [];
      const keys = state.preview.prompt
        ? [k.confirm, k.back, k.quitAnywhere]
        : state.preview.confirm
          ? [k.yesNo, k.back]
          : [k.scroll, k.document, k.save, k.copy, k.print, k.answers, k.back, k.quit, k.help];
      return { title: messages.preview.title, lines, total: lines.length, keys };
    }
    case 'check': {
      const result = state.check.result;
      if (!result) return { title: messages.check.title, total: 0, keys: [k.confirm, k.back, k.quitAnywhere] };
      const lines = findingLines(result.text, result.findings, width, messages);
      return { title: `${messages.check.title}: ${result.path}`, lines, total: lines.length, keys: [k.scroll, k.back, k.quit, k.help] };
    }
  }
}

function stateFieldKind(state: AppState): string | undefined {
  return state.wizard && currentField(state.wizard)?.kind;
}

function body(state: AppState, view: Model, messages: UiMessages | undefined, width: number, height: number) {
  if (state.screen === 'language' || !messages) {
    return <LanguageScreen index={state.language} width={width} height={height} />;
  }
  switch (state.screen) {
    case 'home':
      return <HomeScreen index={state.home} messages={messages} notice={state.notice} width={width} height={height} />;
    case 'guide':
      if (state.guide.view === 'parts') {
        const items = guideParts(messages.guide).map((part) => part.title);
        return <SelectList items={items} index={state.guide.part} width={width} height={height} />;
      }
      return <LinesView lines={view.lines ?? []} scroll={state.guide.scroll} height={height} query={state.guide.search?.query} />;
    case 'wizard':
      return state.wizard && <WizardScreen wizard={state.wizard} messages={messages} width={width} height={height} />;
    case 'review':
      return (
        state.wizard && (
          <ReviewScreen wizard={state.wizard} index={state.review} messages={messages} width={width} height={height} />
        )
      );
    case 'preview': {
      const titles = state.letter?.result.documents.map((document) => document.title) ?? [];
      const tabs = titles.map((title, index) => (index === state.preview.document ? `[${title}]` : ` ${title} `)).join(' ');
      return (
        <Box flexDirection="column">
          <Text bold>{truncate(tabs, width)}</Text>
          <LinesView lines={view.lines ?? []} scroll={state.preview.scroll} height={height - 1} />
        </Box>
      );
    }
    case 'check':
      if (state.check.result) return <LinesView lines={view.lines ?? []} scroll={state.check.scroll} height={height} />;
      return (
        <Box flexDirection="column">
          <Text>{messages.check.prompt}</Text>
          <TextInput field={state.check.field} width={width} prefix="> " />
        </Box>
      );
  }
}

/** The line above the footer: a prompt being answered, the outcome of an action, or where you are. */
type Status =
  | { kind: 'prompt'; field: TextField; prefix: string }
  | { kind: 'text'; text: string; tone: 'info' | 'error' | 'dim' | 'bold' };

function status(state: AppState, messages: UiMessages | undefined, view: Model, height: number): Status | undefined {
  if (!messages) return undefined;
  const text = (value: string, tone: 'info' | 'error' | 'dim' | 'bold' = 'info'): Status => ({ kind: 'text', text: value, tone });
  if (state.screen === 'guide') {
    const { prompt, search } = state.guide;
    if (prompt) return { kind: 'prompt', field: prompt, prefix: messages.guide.searchPrompt };
    if (search && search.hits.length === 0) return text(messages.guide.noMatch(search.query), 'error');
    if (search) return text(messages.guide.match(search.current + 1, search.hits.length, search.query), 'dim');
    if (state.guide.view === 'reading' && view.total > height) {
      const last = Math.min(view.total, state.guide.scroll + height);
      return text(messages.guide.position(state.guide.scroll + 1, last, view.total), 'dim');
    }
  }
  if (state.screen === 'preview') {
    const { prompt, confirm, notice } = state.preview;
    if (prompt) {
      const prefix = prompt.kind === 'document' ? messages.preview.savePrompt : messages.preview.answersPrompt;
      return { kind: 'prompt', field: prompt.field, prefix };
    }
    if (confirm) return text(messages.preview.overwrite(confirm.path), 'bold');
    if (notice) return text(notice.text, notice.tone);
  }
  if (state.screen === 'check') {
    if (state.check.error) return text(state.check.error, 'error');
    if (state.check.result) return text(messages.check.findings(state.check.result.findings.length));
  }
  if (state.screen === 'review' && state.notice) return text(state.notice, 'error');
  return undefined;
}

/** Status text wraps (a saved path can be long) but never takes more than three rows. */
function statusLines(value: Status | undefined, width: number): string[] {
  if (!value || value.kind === 'prompt') return [' '];
  return wrap(value.text, width).slice(0, 3);
}

function StatusView({ value, lines, width }: { value: Status | undefined; lines: string[]; width: number }) {
  const { color } = useTheme();
  if (value?.kind === 'prompt') return <TextInput field={value.field} width={width} prefix={value.prefix} />;
  const tone = value?.tone ?? 'info';
  return (
    <Box flexDirection="column">
      {lines.map((line) => (
        <Text
          key={line}
          bold={tone === 'bold'}
          dimColor={tone === 'dim'}
          {...(tone === 'error' && color ? { color: 'red' } : {})}
        >
          {line}
        </Text>
      ))}
    </Box>
  );
}

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
  const view = model(state, article, messages, width);
  const statusValue = status(state, messages, view, provisional);
  const shownStatus = statusLines(statusValue, width);
  const height = Math.max(3, provisional - (shownStatus.length - 1));

  useEffects(state, dispatch, effects, messages);

  useEffect(() => {
    if (!state.quit) return;
    onQuit(state);
    exit();
  }, [state, exit, onQuit]);

  useInput(
    (input, key) => {
      // Keys can arrive faster than React renders: read the state as of the last key, not the last frame.
      const current = latest();
      const currentMessages = current.locale ? uiMessages[current.locale] : uiMessages.sv;
      const currentArticle = current.locale ? getArticle(current.locale) : undefined;
      if (current.screen === 'guide' && current.guide.prompt && key.return && currentArticle) {
        const hits = searchGuide(currentArticle, current.guide.prompt.value, width, currentMessages);
        dispatch({ type: 'guide', action: { type: 'search-submit', hits, viewport: height } });
        return;
      }
      const { total } = model(current, currentArticle, currentMessages, width);
      const documents = current.letter?.result.documents.length ?? 1;
      const action = keyToAction(current, input, key, { viewport: height, total, documents }, currentMessages);
      if (!action) return;
      // The letter engine loads just after the first frame; a very quick key waits for it.
      if (!isEngineLoaded() && needsEngine(current, action)) void loadEngine().then(() => dispatch(action));
      else dispatch(action);
    },
    { isActive: isRawModeSupported === true },
  );

  return (
    <Box flexDirection="column" width={width} height={rows}>
      <Text bold {...(color ? { color: 'cyan' } : {})}>
        {truncate(state.help && messages ? messages.help.title : view.title, width)}
      </Text>
      <Box flexDirection="column" height={height} overflow="hidden">
        {state.help && messages ? <HelpScreen messages={messages} width={width} /> : body(state, view, messages, width, height)}
      </Box>
      <StatusView value={statusValue} lines={shownStatus} width={width} />
      <Footer keys={state.help && messages ? [messages.help.close] : view.keys} width={width} />
    </Box>
  );
}
