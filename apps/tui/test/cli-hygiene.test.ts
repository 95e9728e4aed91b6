import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, bin, rescind } from './bin.ts';
import { Tmux } from './tmux.ts';

let tmux: Tmux | undefined;
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'rescind-hygiene-'));
});
afterEach(() => tmux?.kill());

/** A shell line with rescind in it, as a person would type it; `$?` of rescind itself. */
function shell(line: string, env: NodeJS.ProcessEnv = {}) {
  const command = line.replaceAll('rescind', `"${process.execPath}" "${bin}"`);
  const { CI: _ci, LANG: _lang, LC_ALL: _all, ...rest } = process.env;
  return spawnSync('bash', ['-c', `set -o pipefail; ${command}`], {
    env: { ...rest, LANG: 'C.UTF-8', ...env },
    encoding: 'utf8',
  });
}

describe('output that cannot be written', () => {
  it('stops quietly with status 0 when the reader goes away (a closed pipe)', () => {
    for (const line of [
      'rescind guide --locale sv | true',
      'rescind guide --locale nl | head -1',
    ]) {
      const result = shell(line);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it.runIf(existsSync('/dev/full'))(
    'says in one line, in the language asked for, that the disk is full, and exits 2',
    () => {
      const result = shell('rescind guide > /dev/full', { LANG: 'nl_NL.UTF-8' });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        'rescind: Kan /dev/full niet schrijven: de schijf is vol; maak wat ruimte vrij en probeer het opnieuw.',
      ]);
    },
  );
});

describe('mistakes', () => {
  it('suggests the command or flag a typo was meant to be, in the locale’s language', () => {
    const command = rescind(['gudie', '--locale', 'sv']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('Menade du guide?');
    const flag = rescind(['position', '--locale', 'nl', '--chanel', 'email']);
    expect(flag.stderr).toContain('Onbekende optie --chanel. Bedoelde je --channel?');
  });

  it('lists position in --help', () => {
    expect(rescind(['--help']).stdout).toMatch(/^ {2}rescind position /m);
  });
});

describe('rescind lint', () => {
  it('reads the app’s own .eml by its body and guesses a Dutch letter as Dutch', () => {
    const eml = join(dir, 'brief.eml');
    const made = rescind([
      ...['letter', '--locale', 'nl', '--channel', 'email', '--name', 'Sanne de Vries'],
      ...['--company', 'Acme BV', '--position', 'projectleider', '--start', '2099-03-01'],
      ...['--recipient', 'Joost Bakker', '--reason', 'career', '--format', 'eml'],
      ...['--email', 'sanne@example.nl', '--recipient-email', 'joost@acme.nl', '--out', eml],
    ]);
    expect(made.status).toBe(0);
    // The terminal speaks Swedish; the letter is Dutch, and so is the report.
    const result = rescind(['lint', eml], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(result.stderr).toContain('geen bevindingen');
    expect(result.status).toBe(0);
  });

  it('reads - as stdin, and reports in the letter’s language', () => {
    const result = rescind(['lint', '-'], {
      input: 'Hej Eva,\n\njag tar tillbaka min accept. mvh\n',
      env: { LANG: 'nl_NL.UTF-8' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:3:\d+ warning .*mvh.* text-abbreviation$/m);
    expect(result.stdout).toMatch(/anmärkningar$/m);
  });
});

it('wraps the guide to a 50-column terminal and pages it through $PAGER', async () => {
  tmux = new Tmux();
  const here = mkdtempSync(join(tmpdir(), 'rescind-pager-'));
  tmux.start(
    `env -u CI "${process.execPath}" "${bin}" guide --locale sv; echo SHELL-AGAIN; sleep 60`,
    {
      columns: 50,
      rows: 20,
      cwd: here,
      env: { LANG: 'C.UTF-8', TERM: 'xterm-256color', PAGER: `cat > '${join(here, 'paged.txt')}'` },
    },
  );
  await tmux.waitFor('SHELL-AGAIN');
  const paged = readFileSync(join(here, 'paged.txt'), 'utf8');
  const widths = paged.split('\n').map((line) => [...line].length);
  expect(Math.max(...widths)).toBeLessThanOrEqual(50);
  expect(Math.max(...widths)).toBeGreaterThan(40);
  expect(paged).toContain('Fem steg');
}, 30_000);

it('keeps the 80 columns in a pipe', () => {
  const result = rescind(['guide', '--locale', 'sv']);
  const widths = result.stdout.split('\n').map((line) => [...line].length);
  expect(Math.max(...widths)).toBeGreaterThan(60);
  expect(Math.max(...widths)).toBeLessThanOrEqual(80);
});

describe('shell completions and the man page', () => {
  it.each(['bash', 'zsh', 'fish'])(
    'lists every letter flag for %s, from the parser’s own list',
    async (shell) => {
      const { letterOptions } = await import('../src/cli/letter.ts');
      const script = rescind(['completions', shell]);
      expect(script.status).toBe(0);
      for (const flag of Object.keys(letterOptions)) expect(script.stdout).toContain(flag);
      expect(script.stdout).toContain('position');
    },
  );

  it('writes a bash script that completes a flag and its values', () => {
    const script = rescind(['completions', 'bash']).stdout;
    const result = spawnSync(
      'bash',
      [
        '-c',
        `${script}\nCOMP_WORDS=(rescind letter --channel ""); COMP_CWORD=3; _rescind; echo "\${COMPREPLY[*]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout.trim().split(' ').sort()).toEqual(['email', 'letter', 'meeting', 'phone']);
  });

  it('ships a man page built from the same --help', () => {
    const page = readFileSync(join(bin, '..', 'rescind.1'), 'utf8');
    expect(page).toMatch(/^\.TH RESCIND 1/);
    expect(page).toContain('\\-\\-recipient\\-address');
    expect(page).toContain('.SS position');
  });
});
