import type { Locale } from '@rescind/core';
import { render } from 'ink-testing-library';
import { type AppState, initialApp, type Resumed } from '../state/app.ts';
import { App } from './App.tsx';
import type { Effects } from './effects.ts';
import { NoClipboardError } from './effects.ts';
import { ThemeContext } from './theme.ts';

export const keys = {
  enter: '\r',
  escape: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  tab: '\t',
  backspace: '\u007f',
  pageDown: '\u001b[6~',
  ctrlC: '\u0003',
} as const;

/** Files in memory and a clipboard that may or may not exist, for driving the app in tests. */
export class FakeEffects implements Effects {
  readonly files = new Map<string, string>();
  clipboard: string | undefined;
  constructor(private readonly hasClipboard = true) {}
  async exists(path: string) {
    return this.files.has(path);
  }
  async write(path: string, text: string, overwrite: boolean) {
    if (!overwrite && this.files.has(path))
      throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    this.files.set(path, text);
  }
  async read(path: string) {
    const text = this.files.get(path);
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return text;
  }
  async copy(text: string) {
    if (!this.hasClipboard) throw new NoClipboardError();
    this.clipboard = text;
    return undefined;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 25));

/** Renders the app at a terminal size and returns ways to type at it and read the screen. */
export function renderApp(options: {
  locale?: Locale;
  resumed?: Resumed;
  columns?: number;
  rows?: number;
  effects?: Effects;
  color?: boolean;
}) {
  let quitState: AppState | undefined;
  const effects = options.effects ?? new FakeEffects();
  const instance = render(
    <ThemeContext.Provider value={{ color: options.color ?? false }}>
      <App
        initial={initialApp(options.locale, options.resumed)}
        effects={effects}
        onQuit={(state) => {
          quitState = state;
        }}
      />
    </ThemeContext.Provider>,
  );
  resize(instance.stdout, options.columns ?? 80, options.rows ?? 24);
  return {
    effects,
    quitState: () => quitState,
    screen: () => instance.lastFrame() ?? '',
    async press(...sequence: string[]) {
      for (const key of sequence) {
        instance.stdin.write(key);
        await tick();
      }
    },
    /** Waits until the screen shows `expected`: files and the clipboard answer asynchronously. */
    async waitFor(expected: string | RegExp, timeout = 3000) {
      const deadline = Date.now() + timeout;
      const shows = () => {
        const screen = instance.lastFrame() ?? '';
        return typeof expected === 'string' ? screen.includes(expected) : expected.test(screen);
      };
      while (!shows() && Date.now() < deadline) await tick();
      return instance.lastFrame() ?? '';
    },
    async resize(columns: number, rows: number) {
      resize(instance.stdout, columns, rows);
      await tick();
    },
  };
}

function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number): void {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
}

/** Answers that make a valid Swedish letter, as `--resume` would load them. */
export const swedishAnswers = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Svensson', email: 'anna@example.se' },
  recipient: { company: 'Acme AB', name: 'Eva Berg', email: 'eva@acme.se' },
  position: 'projektledare',
  startDate: '2026-12-01',
  today: '2026-11-21',
  reason: 'career',
  contractSigned: false,
  counterOffer: false,
};
