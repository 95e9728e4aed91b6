import type { RawAnswers } from '../state/answers.ts';

/**
 * The app's contact with the world outside the terminal: files and the clipboard. Passed in, so
 * view tests use fakes and the app itself never reaches for `node:fs` from a component.
 */
export interface Effects {
  exists(path: string): Promise<boolean>;
  /** Writes a new file, or replaces one when `overwrite`; rejects with `EEXIST` otherwise. */
  write(path: string, text: string, overwrite: boolean): Promise<void>;
  read(path: string): Promise<string>;
  /**
   * Copies text; `terminal` when it went to the terminal by OSC 52, which never says whether it
   * took it. Rejects with `NoClipboardError` when there is no clipboard to copy to.
   */
  copy(text: string): Promise<'terminal' | undefined>;
  /** Keeps the answers given so far, to be offered at the next start. */
  saveDraft?(answers: RawAnswers): Promise<void>;
  /** Ctrl-Z: hands the terminal back to the shell until the person types `fg`. */
  suspend?(): Promise<void>;
}

/** There is no clipboard here: no display server (as over SSH), or no clipboard tool installed. */
export class NoClipboardError extends Error {
  override readonly name = 'NoClipboardError';
}
