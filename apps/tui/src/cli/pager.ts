import { spawn } from 'node:child_process';
import type { Io } from '../io/streams.ts';

/** Columns to wrap printed text to: the terminal's when stdout is one, else the classic 80. */
export function printWidth(io: Io): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  return columns && columns > 0 ? Math.max(20, columns) : 80;
}

/**
 * Writes `text` to stdout, through `$PAGER` (or `less -R`) when stdout is a terminal and the text
 * is longer than its screen, the way `git log` and `man` do. Without a pager to start, the text
 * is written as it is.
 */
export async function writePaged(text: string, io: Io): Promise<void> {
  const rows = io.stdout.isTTY ? io.stdout.rows : undefined;
  const lines = text.split('\n').length - 1;
  const pager = io.env.PAGER?.trim() || 'less -R';
  if (!rows || lines < rows || pager === 'cat') {
    io.stdout.write(text);
    return;
  }
  const started = await new Promise<boolean>((resolve) => {
    // `less` exits at once when the text fits after all (-F), and keeps colours and the screen (-R -X).
    const env = { ...io.env, LESS: io.env.LESS ?? 'FRX' };
    const child = spawn(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    child.once('error', () => resolve(false));
    // Quitting the pager early closes its end of the pipe: that is the person's choice, not an error.
    child.stdin.on('error', () => {});
    child.once('spawn', () => {
      child.stdin.end(text);
    });
    child.once('close', (code) => resolve(code !== 127));
  });
  if (!started) io.stdout.write(text);
}
