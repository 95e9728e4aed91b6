import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormField } from '@rescind/core/vocabulary';
import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { assertBuilt, bin } from './bin.ts';
import { asked, choices, reviewed } from './form-words.ts';
import { Tmux } from './tmux.ts';

let tmux: Tmux | undefined;

beforeAll(assertBuilt);
afterEach(() => tmux?.kill());

it('writes, saves and prints a Swedish letter in a real terminal, then leaves it as it was', async () => {
  tmux = new Tmux();
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-'));
  // The shell records the terminal settings around the app, then waits so the pane can be read.
  const script = [
    'stty -g > before.txt',
    `"${process.execPath}" "${bin}"`,
    'echo $? > status.txt',
    'stty -g > after.txt',
    'echo SHELL-AGAIN',
    'sleep 60',
  ].join('; ');
  // `env -u`: Ink draws nothing while CI is set at all, even empty, and vitest may run under CI.
  tmux.start(`env -u CI -u CONTINUOUS_INTEGRATION sh -c '${script}'`, {
    columns: 80,
    rows: 24,
    cwd: dir,
    env: {
      LANG: 'sv_SE.UTF-8',
      LC_ALL: '',
      TERM: 'xterm-256color',
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
      XDG_STATE_HOME: join(dir, 'state'),
      SSH_TTY: '',
      SSH_CONNECTION: '',
    },
  });

  await tmux.waitFor('Läs guiden');
  await tmux.waitForRawMode();
  expect(tmux.pane('#{alternate_on}')).toBe('1');
  tmux.keys('Down', 'Enter');
  await tmux.waitFor(asked('sv', 'channel'));
  tmux.keys('Down', 'Down', 'Enter');
  await tmux.waitFor(asked('sv', 'formality'));
  tmux.keys('Enter');
  const answers: [FormField, string][] = [
    ['applicant.name', 'Anna Qvist'],
    ['applicant.email', 'anna@example.se'],
    ['recipient.company', 'Acme AB'],
    ['recipient.name', 'Eva Berg'],
    // The greeting name is optional: the greeting core writes shows above, and Enter keeps it.
    ['recipient.greetingName', ''],
    ['recipient.email', 'eva@acme.se'],
    ['position', 'projektledare'],
  ];
  for (const [path, answer] of answers) {
    await tmux.waitFor(asked('sv', path));
    if (answer === '') await tmux.waitFor('Hälsningen blir: Hej Eva Berg');
    else {
      tmux.type(answer);
      await tmux.waitFor(`> ${answer}`);
    }
    tmux.keys('Enter');
  }
  await tmux.waitFor(asked('sv', 'startDate'));
  tmux.type('2099-02-30');
  await tmux.waitFor('> 2099-02-30');
  tmux.keys('Enter');
  // Core's message about a date that does not exist, under the field, in Swedish.
  await tmux.waitFor('✗ ');
  tmux.keys('BSpace', 'BSpace');
  tmux.type('28');
  await tmux.waitFor('> 2099-02-28');
  tmux.keys('Enter');
  await tmux.waitFor(asked('sv', 'reason'));
  tmux.keys('Down', 'Enter');
  await tmux.waitFor(asked('sv', 'reasonDetail'));
  tmux.keys('Enter');
  // Where you stand: a signed, permanent contract without a trial period; the rest skipped.
  await tmux.waitFor(asked('sv', 'acceptance'));
  tmux.keys('Up', 'Enter');
  await tmux.waitFor(asked('sv', 'contractType'));
  tmux.keys('Up', 'Up', 'Enter');
  await tmux.waitFor(asked('sv', 'trialPeriod'));
  tmux.keys('Up', 'Enter');
  await tmux.waitFor(asked('sv', 'noticeMonths'));
  tmux.keys('Enter');
  for (const path of [
    'collectiveAgreement',
    'stateEmployer',
    'resignedCurrentJob',
    'counterOffer',
  ] as const) {
    await tmux.waitFor(asked('sv', path));
    tmux.keys('Enter');
  }
  await tmux.waitFor('Granska dina svar');
  const review = tmux.screen();
  const { acceptances, answers: yesNo } = choices('sv');
  expect(review).toContain(reviewed('sv', 'applicant.name', 'Anna Qvist'));
  expect(review).toContain(reviewed('sv', 'acceptance', acceptances.signed.label));
  expect(review).toContain(reviewed('sv', 'collectiveAgreement', yesNo.unknown.label));
  expect(review).toContain('w lagen');
  tmux.keys('w');
  const standing = await tmux.waitFor('Så ligger det till juridiskt');
  // Notice given today ends long before a start in 2099.
  expect(standing).toContain('Säger du upp avtalet nu går uppsägningstiden ut före startdatumet.');
  expect(standing).toMatch(/Sista anställningsdag: \d{1,2} \p{L}+ \d{4}/u);
  tmux.keys('G');
  await tmux.waitFor('Det här är information, inte juridisk rådgivning.');
  tmux.keys('Escape');
  await tmux.waitFor('Granska dina svar');
  tmux.keys('Up', 'Enter');

  await tmux.waitFor('Förhandsgranskning');
  expect(tmux.screen()).toContain('Hej Eva');
  tmux.keys('c');
  await tmux.waitFor('Det finns inget urklipp här');
  tmux.keys('s');
  await tmux.waitFor('Spara som');
  tmux.keys('C-u');
  tmux.type('brev.eml');
  await tmux.waitFor('Spara som (.txt, .md eller .eml): brev.eml');
  tmux.keys('Enter');
  await tmux.waitFor('Sparade brev.eml');
  tmux.keys('p');
  await tmux.waitFor('Dokumentet skrivs ut i terminalen när du avslutar.');
  tmux.keys('q');
  // Answers were given: q asks first, and says they are kept.
  await tmux.waitFor(/Vill du avsluta\? Svaren sparas i 30\s+dagar/);
  tmux.keys('j');

  const after = await tmux.waitFor('SHELL-AGAIN');
  // Kept as the person went, for them alone.
  const draft = join(dir, 'state', 'rescind', 'answers.json');
  expect(statSync(draft).mode & 0o777).toBe(0o600);
  expect(JSON.parse(readFileSync(draft, 'utf8')).answers.applicant.name).toBe('Anna Qvist');
  expect(readFileSync(join(dir, 'status.txt'), 'utf8').trim()).toBe('0');
  expect(readFileSync(join(dir, 'after.txt'), 'utf8')).toBe(
    readFileSync(join(dir, 'before.txt'), 'utf8'),
  );
  expect(tmux.pane('#{alternate_on}')).toBe('0');
  expect(tmux.pane('#{cursor_flag}')).toBe('1');
  // The letter was printed after the app left, into the shell's own screen.
  expect(after).toContain('Med vänlig hälsning');
  expect(existsSync(join(dir, 'brev.eml'))).toBe(true);
  const mail = await simpleParser(readFileSync(join(dir, 'brev.eml')));
  expect(mail.text).toContain('Anna Qvist');
  expect(mail.subject).toContain('projektledare');
}, 90_000);

it('resumes saved answers in their language, without colour under NO_COLOR', async () => {
  tmux = new Tmux();
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-'));
  writeFileSync(
    join(dir, 'antwoorden.json'),
    JSON.stringify({
      locale: 'nl',
      channel: 'phone',
      formality: 'informal',
      applicant: { name: 'Sanne de Vries' },
      recipient: { company: 'Acme BV', name: 'Joost' },
      position: 'projectleider',
      startDate: '2099-03-01',
      reason: 'personal',
    }),
  );
  tmux.start(
    `env -u CI -u CONTINUOUS_INTEGRATION "${process.execPath}" "${bin}" --resume antwoorden.json; echo SHELL-AGAIN; sleep 60`,
    {
      columns: 40,
      rows: 12,
      cwd: dir,
      env: { LANG: 'C.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1' },
    },
  );
  const review = await tmux.waitFor('Je antwoorden');
  await tmux.waitForRawMode();
  expect(review).toContain('Je naam: Sanne de Vries');
  expect(review).toMatch(/De antwoorden uit\s+antwoorden\.json zijn\s+geladen\./);
  for (const line of review.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
  tmux.keys('Up', 'Enter');
  await tmux.waitFor('Voorbeeld');
  // Colours are SGR 30–38, 40–48, 90–97 and 100–107; 39 and 49 reset to the default, and bold
  // and inverse are not colour.
  const colour = new RegExp(
    `${'\u001b'}\\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m`,
  );
  expect(tmux.screen({ escapes: true })).not.toMatch(colour);
  tmux.keys('C-c');
  await tmux.waitFor('SHELL-AGAIN');
  expect(tmux.pane('#{alternate_on}')).toBe('0');
}, 60_000);

it('restores the terminal when it is killed, and exits with the signal’s status', async () => {
  tmux = new Tmux();
  const dir = mkdtempSync(join(tmpdir(), 'rescind-pty-'));
  const script = `"${process.execPath}" "${bin}" --locale nl; echo $? > status.txt; echo SHELL-AGAIN; sleep 60`;
  tmux.start(`env -u CI -u CONTINUOUS_INTEGRATION sh -c '${script}'`, {
    columns: 80,
    rows: 24,
    cwd: dir,
    env: { LANG: 'C.UTF-8', TERM: 'xterm-256color' },
  });
  await tmux.waitFor('De gids lezen');
  await tmux.waitForRawMode();
  // The pane runs the shell; rescind is its only child. Kill exactly that process.
  const shell = tmux.pane('#{pane_pid}');
  const app = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/)[0];
  process.kill(Number(app), 'SIGTERM');
  await tmux.waitFor('SHELL-AGAIN');
  expect(readFileSync(join(dir, 'status.txt'), 'utf8').trim()).toBe('143');
  expect(tmux.pane('#{alternate_on}')).toBe('0');
}, 60_000);
