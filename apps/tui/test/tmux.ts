import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A real pseudo-terminal: a private tmux server (its own socket, so a person's tmux is never
 * touched) with one window of a fixed size, driven with send-keys and read with capture-pane.
 */
export class Tmux {
  private readonly socket = `rescind-test-${process.pid}-${Date.now()}`;

  constructor() {
    try {
      execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    } catch {
      throw new Error(
        'tmux is not installed: the pseudo-terminal test needs it (apt-get install tmux).',
      );
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
    });
  }

  start(
    command: string,
    options: { columns: number; rows: number; cwd: string; env: Record<string, string> },
  ): void {
    // Answers the app keeps between runs go to a folder of this test's own, never the person's.
    const state = { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'rescind-state-')), ...options.env };
    const env = Object.entries(state).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
    this.tmux(
      'new-session',
      '-d',
      '-x',
      String(options.columns),
      '-y',
      String(options.rows),
      '-c',
      options.cwd,
      ...env,
      command,
    );
  }

  /** Named keys (`Enter`, `Down`, `BSpace`), one by one as a person would press them. */
  keys(...names: string[]): void {
    for (const name of names) this.tmux('send-keys', name);
  }

  /** Changes the window's size, as a person dragging its corner would. */
  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-x', String(columns), '-y', String(rows));
  }

  /** Literal text, typed in one go. */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  /** The visible screen; with `escapes`, the colour and style codes as the terminal got them. */
  screen(options: { escapes?: boolean } = {}): string {
    return this.tmux('capture-pane', '-p', ...(options.escapes ? ['-e'] : []));
  }

  /**
   * Copies everything the program sends to the terminal, escape sequences and all, to `file`, from
   * now on: what a real terminal would have been told to do, before tmux acts on it.
   */
  record(file: string): void {
    this.tmux('pipe-pane', '-o', `cat >> '${file}'`);
  }

  /** The whole pane: the scrollback history, then the visible screen. */
  history(): string {
    return this.tmux('capture-pane', '-p', '-S', '-');
  }

  /** A tmux format value of the pane, such as `#{alternate_on}`. */
  pane(format: string): string {
    return this.tmux('display-message', '-p', format).trim();
  }

  /** Polls the screen until it shows `expected`, failing with the last screen after `timeout`. */
  async waitFor(expected: string | RegExp, timeout = 15_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen))
        return screen;
      await sleep(50);
    }
    throw new Error(`The terminal never showed ${String(expected)}. It shows:\n${screen}`);
  }

  /**
   * Waits until the program in the pane has put the terminal in raw mode. Keys sent before that are
   * cooked by the terminal (Enter arrives as a line feed) and would not mean what they say.
   */
  async waitForRawMode(timeout = 15_000): Promise<void> {
    const tty = this.pane('#{pane_tty}');
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const settings = execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' });
      if (/(^|\s)-icanon(\s|$)/.test(settings)) return;
      await sleep(50);
    }
    throw new Error(`${tty} never left canonical mode: the app is not reading keys.`);
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone: the session ended with its command.
    }
  }
}
