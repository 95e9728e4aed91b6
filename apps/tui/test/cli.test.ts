import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getArticle } from '@rescind/core';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { assertBuilt, rescind } from './bin.ts';

const letterFlags = [
  'letter',
  '--locale',
  'sv',
  '--channel',
  'email',
  '--name',
  'Anna Svensson',
  '--email',
  'anna@example.se',
  '--company',
  'Acme AB',
  '--recipient',
  'Eva Berg',
  '--recipient-email',
  'eva@acme.se',
  '--position',
  'projektledare',
  '--start',
  '2026-12-01',
  '--today',
  '2026-11-21',
  '--reason',
  'career',
];

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'rescind-cli-'));
});

describe('rescind --version and --help', () => {
  it('prints the product version from package.json', () => {
    const result = rescind(['--version']);
    expect(result).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
  });

  it('helps in English only when no language is known', () => {
    const { status, stdout } = rescind(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage');
    expect(stdout).not.toContain('Användning');
  });

  it('helps in English and then Swedish per subcommand', () => {
    const { status, stdout } = rescind(['letter', '--help', '--locale', 'sv']);
    expect(status).toBe(0);
    expect(stdout.indexOf('Usage: rescind letter')).toBeLessThan(
      stdout.indexOf('Användning: rescind letter'),
    );
  });

  it('takes its language from LANG', () => {
    expect(rescind(['lint', '--help'], { env: { LANG: 'nl_NL.UTF-8' } }).stdout).toContain(
      'Gebruik: rescind lint',
    );
  });
});

describe('usage errors', () => {
  it('exit with 2 and say what to fix, in the language asked for', () => {
    const result = rescind(['guide', '--locael', 'sv', '--locale', 'nl']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchInlineSnapshot(`
      "rescind guide: Onbekende optie --locael. Bedoelde je --locale?
      Voer \`rescind guide --help\` uit om de opties te zien.
      "
    `);
  });

  it('reject a language rescind does not speak', () => {
    const result = rescind(['guide', '--locale', 'de']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '"de" is not a language rescind speaks: use --locale sv or --locale nl.',
    );
  });

  it('refuse to start the interactive app without a terminal', () => {
    const result = rescind([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not an interactive terminal');
  });
});

describe('rescind guide', () => {
  it('prints the guide wrapped to 80 columns, steps numbered, promotions left out', () => {
    const { status, stdout } = rescind(['guide', '--locale', 'sv']);
    expect(status).toBe(0);
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const article = getArticle('sv');
    expect(stdout).toContain(`1. ${article.steps[0]?.title}`);
    expect(stdout).toContain(`5. ${article.steps[4]?.title}`);
    expect(stdout).not.toContain('ClickUp');
  });

  it('prints one section, or says which ids exist', () => {
    const one = rescind(['guide', '--locale', 'nl', '--section', 'step-act-fast']);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n')[0]).toMatch(/^3\. /);
    const unknown = rescind(['guide', '--locale', 'nl', '--section', 'stap-3']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Er is geen onderdeel "stap-3"');
    expect(unknown.stderr).toContain('step-act-fast');
  });

  it('prints the model as JSON', () => {
    const { status, stdout } = rescind(['guide', '--locale', 'nl', '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(getArticle('nl'));
  });

  it('needs a language when the environment gives none', () => {
    const result = rescind(['guide']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Which language? Add --locale sv or --locale nl.');
  });
});

describe('rescind letter', () => {
  it('prints the letter and sends the guide’s advice to stderr', () => {
    const { status, stdout, stderr } = rescind(letterFlags);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Hej Eva( Berg)?$/m);
    expect(stdout).toContain('Anna Svensson');
    expect(stdout).toContain('projektledare');
    expect(stderr).toMatch(/^Råd:\n {2}• /);
  });

  it('writes an .eml that a mail parser reads back', async () => {
    const out = join(dir, 'brev.eml');
    const result = rescind([...letterFlags, '--format', 'eml', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`Skrev ${out}`);
    const mail = await simpleParser(readFileSync(out));
    expect(mail.from?.value[0]).toMatchObject({
      name: 'Anna Svensson',
      address: 'anna@example.se',
    });
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value[0]).toMatchObject({ address: 'eva@acme.se' });
    expect(mail.subject).toContain('projektledare');
    expect(mail.text).toContain('Anna Svensson');
  });

  it('writes markdown, each document under its own heading when there are two', () => {
    const { status, stdout } = rescind([...letterFlags, '--channel', 'meeting', '--format', 'md']);
    expect(status).toBe(0);
    expect(stdout.match(/^## .+$/gm)).toHaveLength(2);
    expect(stdout).toContain('Anna Svensson');
  });

  it('needs both addresses for an .eml', () => {
    const result = rescind([
      ...letterFlags.filter((flag) => flag !== 'eva@acme.se' && flag !== '--recipient-email'),
      '--format',
      'eml',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '--format eml behöver en adress till meddelandet: lägg till --recipient-email.',
    );
  });

  it('prints documents and advice as JSON', () => {
    const { status, stdout } = rescind([...letterFlags, '--channel', 'phone', '--format', 'json']);
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.documents.map((document: { kind: string }) => document.kind)).toEqual([
      'call-script',
      'email',
    ]);
    expect(output.advice.length).toBeGreaterThan(0);
  });

  it('names each missing or wrong answer by its flag, in the letter’s language', () => {
    const result = rescind([
      'letter',
      '--locale',
      'nl',
      '--channel',
      'fax',
      '--start',
      '2026-02-30',
    ]);
    expect(result.status).toBe(2);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(/^rescind letter: --channel kan niet "fax" zijn: gebruik /);
    expect(result.stderr).toMatch(/^--name: .*(naam|Naam)/m);
    expect(result.stderr).toMatch(/^--company: /m);
    expect(result.stderr).toMatch(/^--start: .*2026-02-30/m);
  });

  it('reads the answers from a JSON file or stdin, the flags laid over them', () => {
    const answers = {
      locale: 'nl',
      channel: 'email',
      formality: 'informal',
      applicant: { name: 'Sanne de Vries' },
      recipient: { company: 'Acme BV', name: 'Joost' },
      position: 'projectleider',
      startDate: '2026-12-01',
      today: '2026-11-21',
      reason: 'personal',
    };
    const file = join(dir, 'antwoorden.json');
    writeFileSync(file, JSON.stringify(answers));
    const fromFile = rescind(['letter', '--input', file]);
    expect(fromFile.status).toBe(0);
    // An e-mail's subject heads its text.
    expect(fromFile.stdout).toMatch(/^Onderwerp: .+\n\nBeste Joost,/);
    const fromStdin = rescind(['letter', '--input', '-', '--formal'], {
      input: JSON.stringify(answers),
    });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toMatch(/^Onderwerp: .+\n\nGeachte /);
  });

  it('reads dates as people write them, in flags and in the file, and names one it cannot read', () => {
    const flags = letterFlags.map((flag) =>
      flag === '2026-12-01' ? '1-12-2026' : flag === '2026-11-21' ? '21 nov 2026' : flag,
    );
    const typed = rescind([...flags, '--format', 'json']);
    expect(typed.stderr).toBe('');
    const asTyped = JSON.parse(typed.stdout);
    const iso = JSON.parse(rescind([...letterFlags, '--format', 'json']).stdout);
    expect(asTyped.documents[0].text).toBe(iso.documents[0].text);

    const file = join(dir, 'datum.json');
    writeFileSync(
      file,
      JSON.stringify({
        locale: 'nl',
        channel: 'email',
        applicant: { name: 'Sanne de Vries' },
        recipient: { company: 'Acme BV' },
        position: 'projectleider',
        startDate: '4-1-2027',
        acceptedOn: '14 december 2026',
        today: '15 december 2026',
        reason: 'personal',
      }),
    );
    const fromFile = rescind(['letter', '--input', file]);
    expect(fromFile.stderr).not.toMatch(/startDate|acceptedOn|today/);
    expect(fromFile.status).toBe(0);
    // The letter says when they said yes, in its own words for the date.
    expect(fromFile.stdout).toContain('14 december 2026');

    const unread = rescind(['letter', '--input', file, '--start', 'begin januari']);
    expect(unread.status).toBe(2);
    // Core's own message, in the file's language, under the flag that gave the date.
    expect(unread.stderr).toMatch(
      /--start: Het veld ‘Geplande startdatum’ moet een datum zijn, bijvoorbeeld 14-12-2026/,
    );
  });

  it('says where a bad answer in the file is', () => {
    const file = join(dir, 'fout.json');
    writeFileSync(
      file,
      JSON.stringify({ locale: 'nl', channel: 'email', applicant: { name: 'Sanne\nde Vries' } }),
    );
    const result = rescind(['letter', '--input', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: applicant.name: `);
  });

  it('rejects a file that is not JSON', () => {
    const file = join(dir, 'kapot.json');
    writeFileSync(file, '{ locale: sv');
    const result = rescind(['letter', '--input', file, '--locale', 'sv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file} innehåller inte giltig JSON`);
  });
});

describe('rescind position', () => {
  const situation = ['--channel', 'email', '--start', '2026-12-01', '--today', '2026-11-21'];

  it('says where you stand as text, the last day in the locale’s words, a source’s URL whole', () => {
    const { status, stdout, stderr } = rescind([
      'position',
      '--locale',
      'sv',
      ...situation,
      '--acceptance',
      'signed',
      '--contract',
      'permanent',
      '--trial',
      'no',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'Så ligger det till juridiskt',
      '============================',
    ]);
    expect(stdout).toContain(
      'Säger du upp avtalet nu går uppsägningstiden ut först efter startdatumet.',
    );
    expect(stdout).toContain('Beskedet når arbetsgivaren: 21 november 2026');
    expect(stdout).toContain('Sista anställningsdag: 21 december 2026');
    expect(stdout).toMatch(
      /^ {2}https:\/\/www\.riksdagen\.se\/sv\/dokument-och-lagar\/\S+-1982-80\/$/m,
    );
    expect(stdout).toMatch(/Det här är information, inte juridisk rådgivning\./);
  });

  it('prints core’s position as JSON, in Dutch', () => {
    const { status, stdout } = rescind([
      'position',
      '--locale',
      'nl',
      ...situation,
      '--acceptance',
      'signed',
      '--contract',
      'permanent',
      '--trial',
      'no',
      '--notice-months',
      '2',
      '--format',
      'json',
    ]);
    expect(status).toBe(0);
    const position = JSON.parse(stdout);
    expect(position).toMatchObject({
      outcome: 'notice-ends-after-start',
      noticeGiven: '2026-11-21',
      lastDay: '2027-01-31',
    });
    expect(position.messages.at(-1)).toMatchObject({
      code: 'not-legal-advice',
      message: expect.stringContaining('Dit is informatie, geen juridisch advies.'),
    });
    expect(position.sources.length).toBeGreaterThan(0);
  });

  it('says which value a mistyped one might be, and names a bad number by its flag', () => {
    const result = rescind([
      'position',
      '--locale',
      'sv',
      ...situation,
      '--acceptance',
      'sigend',
      '--trial-months',
      'tre',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "rescind position: --acceptance kan inte vara "sigend": använd spoken, email eller signed. Menade du signed?
      --trial-months: Fältet ”Provanställningens längd” ska vara ett tal. Skriv in det med siffror.
      Kör \`rescind position --help\` för att se flaggorna.
      "
    `);
  });

  it('reads the answers from --input, the flags laid over them', () => {
    const answers = {
      locale: 'nl',
      channel: 'email',
      startDate: '2026-12-01',
      today: '2026-11-21',
      acceptance: 'signed',
      trialPeriod: 'yes',
      trialMonths: 1,
    };
    const trial = rescind(['position', '--input', '-'], { input: JSON.stringify(answers) });
    expect(trial.status).toBe(0);
    expect(trial.stdout).toContain(
      'Tijdens de proeftijd kun je met onmiddellijke ingang opzeggen.',
    );
    const withoutTrial = rescind(['position', '--input', '-', '--trial', 'no'], {
      input: JSON.stringify(answers),
    });
    expect(withoutTrial.stdout).not.toContain('Tijdens de proeftijd kun je');
  });

  it('is documented in --help, in English and then Swedish', () => {
    const { status, stdout } = rescind(['position', '--help', '--locale', 'sv']);
    expect(status).toBe(0);
    expect(stdout.indexOf('Usage: rescind position')).toBeLessThan(
      stdout.indexOf('Användning: rescind position'),
    );
    expect(stdout).toContain('--acceptance spoken|email|signed');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Det här är information, inte juridisk rådgivning.',
    );
  });
});

describe('rescind letter and the law', () => {
  it('takes the answers on where you stand, so the letter ends the contract on the right day', () => {
    const { status, stdout } = rescind([
      ...letterFlags,
      '--acceptance',
      'signed',
      '--contract',
      'permanent',
      '--no-exit-clause',
      '--trial',
      'no',
      '--notice-months',
      '1',
      '--collective-agreement',
      'no',
      '--no-state-employer',
      '--no-resigned',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('21 december 2026');
  });

  it('refuses a switch and its --no- twin together', () => {
    const result = rescind([...letterFlags, '--resigned', '--no-resigned']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--resigned och --no-resigned går inte att använda samtidigt');
  });
});

describe('rescind lint', () => {
  it('prints findings like a linter and exits 1', () => {
    const file = join(dir, 'utkast.txt');
    writeFileSync(file, 'Hej!\n\nJag kommer inte.\n\nmvh Anna\n');
    const { status, stdout } = rescind(['lint', file, '--locale', 'sv']);
    expect(status).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:1 warning .+  text-abbreviation$`,
        'm',
      ),
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ anmärkningar$/);
  });

  it('passes a letter rescind wrote, read from stdin', () => {
    const letter = rescind(letterFlags).stdout;
    const result = rescind(['lint', '-', '--locale', 'sv'], { input: letter });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '<stdin>: inga anmärkningar\n' });
  });
});

describe('the plain CLI', () => {
  it('never loads the interactive app or Ink', () => {
    const trace = join(dir, 'loaded.txt');
    const fixture = new URL('./__fixtures__/trace-loads.mjs', import.meta.url).href;
    const result = rescind(['guide', '--locale', 'sv', '--section', 'verdict'], {
      nodeArgs: ['--import', fixture],
      env: { RESCIND_TRACE: trace },
    });
    expect(result.status).toBe(0);
    const loaded = readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .filter((url) => url.includes('/dist/'));
    expect(loaded.length).toBeGreaterThan(0);
    for (const url of loaded) {
      expect(url).not.toContain('run-interactive');
      expect(readFileSync(new URL(url), 'utf8')).not.toContain('isRawModeSupported');
    }
  });
});
