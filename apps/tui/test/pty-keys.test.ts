import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../src/engine.ts';
import { fieldWords, visibleFields } from '../src/state/fields.ts';
import { wrap } from '../src/text/wrap.ts';
import { assertBuilt, bin } from './bin.ts';
import { asked } from './form-words.ts';
import { Tmux } from './tmux.ts';

let tmux: Tmux | undefined;

beforeAll(assertBuilt);
afterEach(() => tmux?.kill());

/** Answers for a valid letter, in either language, as `--resume` reads them. */
function answers(locale: 'sv' | 'nl') {
  return {
    locale,
    channel: 'email',
    formality: 'formal',
    applicant: { name: locale === 'sv' ? 'Anna Svensson' : 'Sanne de Vries' },
    recipient: { company: locale === 'sv' ? 'Acme AB' : 'Acme BV', name: 'Eva Berg' },
    position: 'projektledare',
    startDate: '2099-03-01',
    reason: 'career',
  };
}

/**
 * Runs rescind in a fresh folder (its own state folder too) at a size; the shell writes the exit
 * status to status.txt and says SHELL-AGAIN once it is back.
 */
function start(options: {
  columns: number;
  rows: number;
  args?: string;
  lang?: string;
  dir?: string;
}): string {
  tmux = new Tmux();
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'rescind-keys-'));
  const script = `"${process.execPath}" "${bin}" ${options.args ?? ''}; echo $? > status.txt; echo SHELL-AGAIN; sleep 60`;
  tmux.start(`env -u CI -u CONTINUOUS_INTEGRATION sh -c '${script}'`, {
    columns: options.columns,
    rows: options.rows,
    cwd: dir,
    env: {
      LANG: options.lang ?? 'C.UTF-8',
      TERM: 'xterm-256color',
      XDG_STATE_HOME: join(dir, 'state'),
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
      SSH_TTY: '',
      SSH_CONNECTION: '',
    },
  });
  return dir;
}

/** bash's own prompt, `bash-5.2$ ` (it keeps no PS1 from the environment). */
const prompt = /bash-[\d.]+[#$]/;
const status = (dir: string) => readFileSync(join(dir, 'status.txt'), 'utf8').trim();
const lastLine = (screen: string) => screen.trimEnd().split('\n').at(-1) ?? '';

describe.each([
  {
    locale: 'sv',
    help: '? hjälp',
    title: 'Hjälp',
    save: 'spara dokumentet som .txt, .md eller .eml',
  },
  {
    locale: 'nl',
    help: '? hulp',
    title: 'Hulp',
    save: 'het document opslaan als .txt, .md of .eml',
  },
] as const)('the preview’s keys in $locale', ({ locale, help, title, save }) => {
  it.each([
    [40, 12],
    [80, 24],
  ])(
    'show ? in the footer and every key in a help that fits %i×%i',
    async (columns, rows) => {
      const dir = mkdtempSync(join(tmpdir(), 'rescind-keys-'));
      writeFileSync(join(dir, 'svar.json'), JSON.stringify(answers(locale)));
      start({ columns, rows, dir, args: `--locale ${locale} --resume svar.json` });
      await tmux?.waitForRawMode();
      tmux?.keys('Up', 'Enter');
      await tmux?.waitFor(locale === 'sv' ? 'Förhandsgranskning' : 'Voorbeeld');
      const preview = await tmux?.waitFor(help);
      expect(lastLine(preview ?? '')).toMatch(new RegExp(`${help.replace('?', '\\?')}$`));
      // The subject of the e-mail is on screen.
      expect(preview).toMatch(locale === 'sv' ? /Ämne: / : /Onderwerp: /);
      tmux?.keys('?');
      const shown = await tmux?.waitFor(new RegExp(`^${title}`));
      for (const line of (shown ?? '').split('\n'))
        expect([...line].length).toBeLessThanOrEqual(columns);
      // The help scrolls to its end, where every key of the preview has been listed.
      let seen = shown ?? '';
      for (let page = 0; page < 6; page += 1) {
        tmux?.keys('PageDown');
        await new Promise((resolve) => setTimeout(resolve, 150));
        seen += tmux?.screen() ?? '';
      }
      const flat = seen.replace(/\s+/g, ' ');
      for (const key of [
        's ',
        'c ',
        'e ',
        'p ',
        'a ',
        'w ',
        'Tab ',
        'Esc ',
        'q ',
        '? ',
        'Ctrl-C ',
        'Ctrl-Z ',
      ])
        expect(flat).toContain(key);
      expect(flat).toContain(save);
      tmux?.keys('Escape');
      await tmux?.waitFor(help);
      tmux?.keys('C-c');
      await tmux?.waitFor('SHELL-AGAIN');
      expect(status(dir)).toBe('130');
    },
    60_000,
  );
});

it('keeps the answers after q, and offers them at the next start', async () => {
  const dir = start({ columns: 80, rows: 24, args: '--locale sv' });
  await tmux?.waitFor('Läs guiden');
  await tmux?.waitForRawMode();
  tmux?.keys('Down', 'Enter');
  await tmux?.waitFor(asked('sv', 'channel'));
  tmux?.keys('Enter');
  await tmux?.waitFor(asked('sv', 'formality'));
  tmux?.keys('Enter');
  await tmux?.waitFor(asked('sv', 'applicant.name'));
  // A paste: the name and a line break in one write. It is typed, then the question moves on.
  tmux?.type('Anna Qvist\r');
  await tmux?.waitFor(asked('sv', 'applicant.email'));
  // Back on a list question, q asks before it quits.
  // One at a time: two escapes in one read are one Alt-Escape.
  tmux?.keys('Escape');
  await tmux?.waitFor(asked('sv', 'applicant.name'));
  tmux?.keys('Escape');
  await tmux?.waitFor(asked('sv', 'formality'));
  tmux?.keys('q');
  await tmux?.waitFor(/Vill du avsluta\? Svaren sparas i 30 dagar/);
  tmux?.keys('n');
  await tmux?.waitFor(/Enter nästa.*\? hjälp/);
  tmux?.keys('q');
  await tmux?.waitFor('Vill du avsluta?');
  tmux?.keys('j');
  await tmux?.waitFor('SHELL-AGAIN');
  expect(status(dir)).toBe('0');

  tmux?.kill();
  start({ columns: 80, rows: 24, args: '--locale sv', dir });
  await tmux?.waitFor('Fortsätt där du slutade');
  await tmux?.waitForRawMode();
  tmux?.keys('Enter');
  const review = await tmux?.waitFor('Granska dina svar');
  // Typed and kept as typed: no line break turned into a trailing space.
  expect(review).toMatch(/Ditt namn: Anna Qvist$/m);
}, 60_000);

it('takes keys that arrive together one by one, and keeps the text in view as the window grows', async () => {
  start({ columns: 80, rows: 24, args: '--locale nl' });
  await tmux?.waitFor('De gids lezen');
  await tmux?.waitForRawMode();
  tmux?.keys('Enter');
  await tmux?.waitFor('Delen van de gids');
  tmux?.keys('Down', 'Down', 'Enter');
  await tmux?.waitFor(/regel 1–/);
  // Ten presses in one write scroll ten lines.
  tmux?.type('jjjjjjjjjj');
  await tmux?.waitFor(/regel 11–/);
  tmux?.keys('End');
  const bottom = await tmux?.waitFor(/regel \d+–(\d+) van \1/);
  const total = Number(/van (\d+)/.exec(bottom ?? '')?.[1]);
  // Taller (as wide, so the text wraps as before), but still shorter than the text.
  const rows = Math.min(50, total - 2);
  expect(rows).toBeGreaterThan(24);
  tmux?.resize(80, rows);
  // The window shows the text's last lines down to its foot, no blank half: the status counts a
  // full window of lines ending at the last.
  const deadline = Date.now() + 10_000;
  let shown = 0;
  while (Date.now() < deadline) {
    const match = /regel (\d+)–(\d+) van (\d+)/.exec(tmux?.screen() ?? '');
    if (match && match[2] === match[3]) shown = Number(match[2]) - Number(match[1]) + 1;
    if (shown >= rows - 4) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(shown).toBeGreaterThanOrEqual(rows - 4);
}, 60_000);

it('suspends with Ctrl-Z and comes back whole with fg', async () => {
  tmux = new Tmux();
  const dir = mkdtempSync(join(tmpdir(), 'rescind-keys-'));
  tmux.start('env -u CI -u CONTINUOUS_INTEGRATION bash --norc --noprofile -i', {
    columns: 80,
    rows: 24,
    cwd: dir,
    env: {
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      XDG_STATE_HOME: join(dir, 'state'),
    },
  });
  await tmux.waitFor(prompt);
  tmux.type(`"${process.execPath}" "${bin}" --locale sv`);
  tmux.keys('Enter');
  await tmux.waitFor('Läs guiden');
  await tmux.waitForRawMode();
  tmux.keys('C-z');
  await tmux.waitFor(/Stopped/);
  expect(tmux.pane('#{alternate_on}')).toBe('0');
  tmux.type('fg');
  tmux.keys('Enter');
  await tmux.waitFor('Läs guiden');
  await tmux.waitForRawMode();
  expect(tmux.pane('#{alternate_on}')).toBe('1');
  tmux.keys('Down');
  await tmux.waitFor('› Skriv ett brev');
  tmux.keys('q');
  await tmux.waitFor(new RegExp(`${prompt.source}\\s*$`));
}, 60_000);

describe.each([
  { locale: 'sv', review: 'Granska dina svar', step: /^Fråga (\d+) av (\d+)$/m },
  { locale: 'nl', review: 'Je antwoorden', step: /^Vraag (\d+) van (\d+)$/m },
] as const)('every question in $locale at 40×12', ({ locale, review, step }) => {
  it('fits, core’s label under the step, and the footer’s keys in view', async () => {
    await loadEngine();
    const many = {
      ...answers(locale),
      channel: 'letter',
      contractType: 'fixed-term',
      trialPeriod: 'yes',
    };
    const fields = visibleFields(many, locale);
    const dir = mkdtempSync(join(tmpdir(), 'rescind-keys-'));
    writeFileSync(join(dir, 'svar.json'), JSON.stringify(many));
    start({ columns: 40, rows: 12, dir, args: `--locale ${locale} --resume svar.json` });
    await tmux?.waitForRawMode();
    await tmux?.waitFor(review);
    for (const [index, field] of fields.entries()) {
      tmux?.keys('Enter');
      const screen = await tmux?.waitFor(step);
      const lines = (screen ?? '').trimEnd().split('\n');
      expect(step.exec(screen ?? '')?.slice(1)).toEqual([`${index + 1}`, `${fields.length}`]);
      expect(lines[2]).toBe(wrap(fieldWords(field, locale).label, 40)[0]);
      expect(lines.length).toBeLessThanOrEqual(12);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
      expect(lastLine(screen ?? '')).toMatch(/^Enter .* Esc /);
      tmux?.keys('Escape');
      await tmux?.waitFor(review);
      tmux?.keys('Down');
    }
    tmux?.keys('C-c');
    await tmux?.waitFor('SHELL-AGAIN');
  }, 90_000);
});
