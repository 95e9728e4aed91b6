import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getArticle } from '@rescind/core';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { assertBuilt, bin } from './bin.ts';
import { Tmux } from './tmux.ts';

let tmux: Tmux | undefined;

beforeAll(assertBuilt);
afterEach(() => tmux?.kill());

const lines = Array.from({ length: 200 }, (_, index) => `history-line-${index + 1}`);

/** The screen's lines without the blank rows below the cursor. */
function visible(screen: string): string[] {
  const rows = screen.split('\n');
  while (rows.length > 0 && rows.at(-1)?.trim() === '') rows.pop();
  return rows;
}

it('keeps the terminal’s scrollback and screen: a run of rescind erases nothing', async () => {
  tmux = new Tmux();
  const dir = mkdtempSync(join(tmpdir(), 'rescind-scrollback-'));
  writeFileSync(join(dir, 'lines.txt'), `${lines.join('\n')}\n`);
  // The shell fills the history, then waits for the test to read the screen before rescind starts.
  const script = [
    'cat lines.txt',
    'while [ ! -f go ]; do sleep 0.05; done',
    `"${process.execPath}" "${bin}"`,
    'echo SHELL-AGAIN',
    'sleep 60',
  ].join('; ');
  tmux.start(`env -u CI -u CONTINUOUS_INTEGRATION sh -c '${script}'`, {
    columns: 80,
    rows: 24,
    cwd: dir,
    env: { LANG: 'sv_SE.UTF-8', LC_ALL: '', TERM: 'xterm-256color' },
  });
  await tmux.waitFor('history-line-200');
  const before = visible(tmux.screen());
  writeFileSync(join(dir, 'go'), '');

  await tmux.waitFor('Läs guiden');
  await tmux.waitForRawMode();
  // Move about so the app redraws the whole screen more than once.
  tmux.keys('Enter');
  await tmux.waitFor('Guidens delar');
  tmux.keys('Down', 'Enter');
  await tmux.waitFor(getArticle('sv').reasons[0]?.title ?? '');
  await sleep(200);
  tmux.keys('Escape');
  await tmux.waitFor('Guidens delar');
  tmux.keys('Escape');
  await tmux.waitFor('Läs guiden');
  tmux.keys('q');
  const after = visible(await tmux.waitFor('SHELL-AGAIN'));

  expect(existsSync(join(dir, 'go'))).toBe(true);
  // Every line the shell printed is still in the history, once and in order.
  const history = tmux
    .history()
    .split('\n')
    .filter((line) => line.startsWith('history-line-'));
  expect(history).toEqual(lines);
  // The screen is as it was, with the shell's next line below it (the first row may have scrolled
  // into the history to make room for that line).
  expect(after.at(-1)).toBe('SHELL-AGAIN');
  expect(before.slice(-(after.length - 1))).toEqual(after.slice(0, -1));
}, 60_000);
