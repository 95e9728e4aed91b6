import { readFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { isLocale, type Locale } from '@rescind/core';
import { render } from 'ink';
import { loadEngine } from '../engine.ts';
import { describeFsError } from '../i18n/fs-reasons.ts';
import { cliMessages, uiMessages } from '../i18n/messages.ts';
import { decodeUtf8, NotUtf8Error } from '../io/streams.ts';
import { asRawAnswers, type RawAnswers } from '../state/answers.ts';
import { type AppState, initialApp, type Resumed } from '../state/app.ts';
import { allFields, fieldWords } from '../state/fields.ts';
import { checkResumed } from '../state/resume.ts';
import { documentsAsText } from '../text/documents.ts';
import { sanitizeForTerminal } from '../text/sanitize.ts';
import { App } from '../ui/App.tsx';
import { ThemeContext, themeFromEnv } from '../ui/theme.ts';
import { loadDraft } from './draft.ts';
import { expandPath, nodeEffects } from './node-effects.ts';

// The alternate screen keeps the person's scrollback as it was: quitting shows their shell again.
const enterAlternateScreen = '\u001b[?1049h';
const leaveAlternateScreen = '\u001b[?1049l';
const quitSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface InteractiveOptions {
  locale: Locale | undefined;
  resume: string | undefined;
}

async function loadAnswers(path: string, locale: Locale | undefined): Promise<RawAnswers | string> {
  const { usage } = cliMessages(locale);
  let text: string;
  try {
    // Strict UTF-8, a byte-order mark dropped (io/streams.ts).
    text = decodeUtf8(await readFile(expandPath(path)));
  } catch (error) {
    if (error instanceof NotUtf8Error) return usage.notUtf8(path);
    return usage.cannotRead(path, describeFsError(error, locale, 'read'));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return usage.notJson(path, (error as Error).message);
  }
  return asRawAnswers(parsed) ?? usage.notAnObject(path);
}

/** Which file the answers came from, and which of them could not be used, by the questions' names. */
function resumedNotice(locale: Locale, path: string, dropped: readonly string[]): string {
  const messages = uiMessages[locale];
  if (dropped.length === 0) return messages.home.resumed(path);
  const names = dropped.map((field) => {
    const question = allFields().find((candidate) => candidate.path === field);
    return question ? fieldWords(question, locale).label : field;
  });
  return messages.home.resumedDropped(path, names.join(', '));
}

/** Runs the Ink app until the person quits; returns the exit status. */
export async function runInteractive(options: InteractiveOptions): Promise<number> {
  let locale = options.locale;
  let resumed: Resumed | undefined;
  if (options.resume !== undefined) {
    const loaded = await loadAnswers(options.resume, locale);
    if (typeof loaded === 'string') {
      // The message may quote the file's first bytes.
      process.stderr.write(sanitizeForTerminal(`rescind: ${loaded}\n`));
      return 2;
    }
    // Resumed answers open on the review, which needs the engine; otherwise it loads after the
    // first frame. Core checks them before any is shown.
    const { answers, dropped } = checkResumed(loaded, await loadEngine(), locale);
    // The answers were given in a language; go on in it unless --locale says otherwise.
    if (!locale && isLocale(answers.locale)) locale = answers.locale;
    const path = options.resume;
    resumed = {
      answers,
      notice: (chosen: Locale) => resumedNotice(chosen, path, dropped),
      ...(dropped.length > 0 ? { tone: 'error' as const } : {}),
    };
  }
  // Answers kept from an earlier run are offered unless a file was asked for.
  const draft = resumed ? undefined : await loadDraft(process.env);
  let final: AppState | undefined;
  let exitCode = 0;
  let engineRequested = false;
  let unmount = () => {};
  // A hang-up or a kill ends the app the way q does, so Ink restores the terminal first.
  const onSignal = (signal: NodeJS.Signals) => {
    exitCode = 128 + (osConstants.signals[signal] ?? 0);
    unmount();
  };
  const leave = () => process.stdout.write(leaveAlternateScreen);
  process.stdout.write(enterAlternateScreen);
  process.once('exit', leave);
  for (const signal of quitSignals) process.on(signal, onSignal);
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFromEnv(process.env)}>
        <App
          initial={initialApp(locale, resumed, draft)}
          effects={nodeEffects(process.env)}
          onQuit={(state) => {
            final = state;
          }}
        />
      </ThemeContext.Provider>,
      {
        exitOnCtrlC: false,
        // The letter engine is the heaviest module; load it once the first frame is on screen.
        onRender: () => {
          if (!engineRequested) setTimeout(() => void loadEngine(), 50);
          engineRequested = true;
        },
      },
    );
    unmount = () => instance.unmount();
    await instance.waitUntilExit();
  } finally {
    for (const signal of quitSignals) process.off(signal, onSignal);
    process.off('exit', leave);
    leave();
  }
  // Ctrl-C is an interruption like any other: 128 + SIGINT, so a script can tell it from done.
  if (final?.interrupted && exitCode === 0) exitCode = 130;
  // Printed after the terminal is restored, so the text stays in the scrollback to copy from.
  const letter = final?.letter;
  if (final?.preview.printOnExit && letter) {
    const text = documentsAsText(
      letter.result.documents,
      uiMessages[final.locale ?? 'sv'].preview.subject,
    );
    // Written from validated answers; shown safely all the same, like everything printed.
    process.stdout.write(sanitizeForTerminal(text.endsWith('\n') ? text : `${text}\n`));
  }
  return exitCode;
}
