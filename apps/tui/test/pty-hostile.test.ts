import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { hostile, hostileGreeting, payloads } from './__fixtures__/hostile.ts';
import { assertBuilt, bin } from './bin.ts';
import { Tmux } from './tmux.ts';

let tmux: Tmux | undefined;

beforeAll(assertBuilt);
afterEach(() => tmux?.kill());

/**
 * Starts rescind in a private tmux after a moment, so everything it sends is recorded: the
 * shell waits until the recording runs.
 */
function start(dir: string, args: string): string {
  tmux = new Tmux();
  const log = join(dir, 'terminal.log');
  writeFileSync(log, '');
  tmux.start(
    `sh -c 'while [ ! -e go ]; do sleep 0.05; done; env -u CI -u CONTINUOUS_INTEGRATION "${process.execPath}" "${bin}" ${args}; echo SHELL-AGAIN; sleep 60'`,
    {
      columns: 100,
      rows: 30,
      cwd: dir,
      env: { LANG: 'sv_SE.UTF-8', LC_ALL: '', TERM: 'xterm-256color' },
    },
  );
  tmux.record(log);
  writeFileSync(join(dir, 'go'), '');
  return log;
}

async function expectNothingReached(log: string): Promise<void> {
  await sleep(200); // the last frame on its way through the pipe
  const sent = readFileSync(log, 'latin1');
  const utf8 = Buffer.from(sent, 'latin1').toString('utf8');
  for (const payload of payloads) expect(utf8).not.toContain(payload);
  expect(tmux?.pane('#{pane_title}')).not.toBe('PWNED-TITLE');
}

it('the "check a letter" screen shows a file’s escape sequences instead of sending them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-hostile-'));
  // Dutch: the greeting's suggestion ("Geachte heer …,") quotes the name as written.
  writeFileSync(
    join(dir, 'brief.txt'),
    `${hostileGreeting('Geachte heer')}\n\nIk trek mijn acceptatie in. ${hostile}\n\nMvg ${hostile}\n`,
  );
  const log = start(dir, '--locale nl');
  await tmux?.waitFor('De gids lezen');
  await tmux?.waitForRawMode();
  tmux?.keys('Down', 'Down', 'Enter');
  await tmux?.waitFor('Pad naar de brief');
  tmux?.type('brief.txt');
  tmux?.keys('Enter');
  await tmux?.waitFor('Een brief controleren: brief.txt');
  // The suggestion quotes the name, shown as its escapes.
  await tmux?.waitFor('\\u001b]0;GREETING-TITLE\\u0007');
  await expectNothingReached(log);
  tmux?.keys('q');
  await tmux?.waitFor('SHELL-AGAIN');
}, 60_000);

it('--resume checks the answers before showing any, and says which it left out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-hostile-'));
  writeFileSync(
    join(dir, 'svar.json'),
    JSON.stringify({
      locale: 'sv',
      channel: 'constructor',
      formality: 'formal',
      applicant: { name: `Anna ${hostile}` },
      recipient: { company: 'Acme AB', name: hostile },
      position: { toString: 1 },
      startDate: '2099-03-01',
      reason: 'personal',
    }),
  );
  const log = start(dir, '--resume svar.json');
  const review = await tmux?.waitFor('Granska dina svar');
  await tmux?.waitFor('utom några som inte gick att använda');
  expect(review).not.toContain('function Object');
  expect(tmux?.screen()).toContain('Företag: Acme AB');
  await expectNothingReached(log);
  tmux?.keys('q');
  // Answers are open: quitting asks first.
  await tmux?.waitFor('Vill du avsluta?');
  tmux?.keys('j');
  await tmux?.waitFor('SHELL-AGAIN');
}, 60_000);

it('--resume of a file that is not JSON quotes its first bytes visibly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-hostile-'));
  writeFileSync(join(dir, 'kapot.json'), `${hostile}{`);
  const log = start(dir, '--resume kapot.json');
  await tmux?.waitFor('SHELL-AGAIN');
  expect(tmux?.screen()).toContain('innehåller inte giltig JSON');
  expect(tmux?.screen()).toContain('\\u001b]0;PWNED');
  await expectNothingReached(log);
}, 60_000);

it('rescind letter --out asks on a terminal before it replaces a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-out-'));
  writeFileSync(
    join(dir, 'svar.json'),
    JSON.stringify({
      locale: 'sv',
      channel: 'email',
      applicant: { name: 'Anna Svensson' },
      recipient: { company: 'Acme AB' },
      position: 'projektledare',
      startDate: '2099-12-01',
      reason: 'career',
    }),
  );
  writeFileSync(join(dir, 'brev.txt'), 'mitt eget brev');
  tmux = new Tmux();
  const letter = `"${process.execPath}" "${bin}" letter --input svar.json --out brev.txt`;
  tmux.start(`sh -c '${letter}; echo "FIRST $?"; ${letter}; echo "SECOND $?"; sleep 60'`, {
    columns: 100,
    rows: 30,
    cwd: dir,
    env: { LANG: 'sv_SE.UTF-8', LC_ALL: '' },
  });
  await tmux.waitFor('brev.txt finns redan. Vill du ersätta den? [j/N]');
  tmux.type('n');
  tmux.keys('Enter');
  await tmux.waitFor('FIRST 0');
  expect(tmux.screen()).toContain('brev.txt är orörd; inget skrevs.');
  expect(readFileSync(join(dir, 'brev.txt'), 'utf8')).toBe('mitt eget brev');
  await tmux.waitFor(/ersätta den\? \[j\/N\][\s\S]*ersätta den\? \[j\/N\]/);
  tmux.type('j');
  tmux.keys('Enter');
  await tmux.waitFor('SECOND 0');
  expect(tmux.screen()).toContain('Skrev brev.txt');
  expect(readFileSync(join(dir, 'brev.txt'), 'utf8')).toContain('Anna Svensson');
}, 60_000);
