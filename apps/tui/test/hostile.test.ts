import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostile, hostileGreeting } from './__fixtures__/hostile.ts';
import { assertBuilt, rescind } from './bin.ts';

/** None of the hostile sequences, nor any other control but LF and TAB, reached the output. */
function expectHarmless(output: string): void {
  expect(output).not.toContain('\u001b');
  expect(output).not.toContain('\u0007');
  expect(output).not.toContain('\r');
  expect(output).not.toMatch(/(?![\n\t])\p{Cc}/u);
}

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'rescind-hostile-'));
});

describe('escape sequences in files never reach the terminal', () => {
  it('rescind lint shows the quoted line visibly', () => {
    const file = join(dir, 'brief.txt');
    // The greeting's suggestion quotes the name as written: the sequences sit in it.
    const greeting = hostileGreeting('Geachte heer');
    writeFileSync(file, `${greeting}\n\nIk trek mijn acceptatie in.\n${hostile}\n`);
    const { status, stdout, stderr } = rescind(['lint', file, '--locale', 'nl']);
    expect(status).toBe(1);
    expectHarmless(stdout + stderr);
    expect(stdout).toContain('\\u001b]0;GREETING-TITLE\\u0007\\u001b]52;c;UA==\\u0007\\u001b[2JX');
  });

  it('rescind letter --input quotes a JSON syntax error’s first bytes visibly', () => {
    const file = join(dir, 'kapot.json');
    writeFileSync(file, `${hostile}{}`);
    const { status, stderr } = rescind(['letter', '--input', file, '--locale', 'sv']);
    expect(status).toBe(2);
    expectHarmless(stderr);
    expect(stderr).toContain('innehåller inte giltig JSON');
  });

  it('rescind letter --input names bad answers without echoing their controls', () => {
    const file = join(dir, 'svar.json');
    writeFileSync(
      file,
      JSON.stringify({
        locale: 'sv',
        channel: hostile,
        applicant: { name: hostile },
        recipient: { company: hostile },
        position: hostile,
        startDate: hostile,
      }),
    );
    const { status, stderr, stdout } = rescind(['letter', '--input', file]);
    expect(status).toBe(2);
    expectHarmless(stdout + stderr);
  });

  it('a flag’s value and a file name are shown, not obeyed', () => {
    const bad = rescind(['letter', '--format', hostile, '--locale', 'sv']);
    expect(bad.status).toBe(2);
    expectHarmless(bad.stderr);
    const missing = rescind(['lint', join(dir, `saknas${hostile}.txt`), '--locale', 'sv']);
    expect(missing.status).toBe(2);
    expectHarmless(missing.stderr);
  });
});

describe('rescind reads files as UTF-8 and writes --out with care', () => {
  const answers = {
    locale: 'sv',
    channel: 'email',
    applicant: { name: 'Anna Svensson' },
    recipient: { company: 'Acme AB' },
    position: 'projektledare',
    startDate: '2099-12-01',
    today: '2099-11-21',
    reason: 'career',
  };

  it('accepts a byte-order mark at the start of --input JSON', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\ufeff${JSON.stringify(answers)}`);
    const result = rescind(['letter', '--input', file]);
    expect(result.stderr).not.toContain('JSON');
    expect(result.status).toBe(0);
  });

  it('says so when a file is not UTF-8, instead of checking replacement marks', () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from('Hej! Jag återkallar mitt accepterande.\n', 'latin1'));
    const { status, stderr } = rescind(['lint', file, '--locale', 'sv']);
    expect(status).toBe(2);
    expect(stderr).toContain(`${file} är ingen UTF-8-text`);
  });

  it('needs --force to replace a file, or to write through a link, when nobody can be asked', () => {
    const file = join(dir, 'brev.txt');
    writeFileSync(file, 'mitt eget brev');
    const refused = rescind(['letter', '--input', '-', '--out', file], {
      input: JSON.stringify(answers),
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${file} finns redan (eller är en länk). Lägg till --force`);
    expect(readFileSync(file, 'utf8')).toBe('mitt eget brev');

    const target = join(dir, 'annat.txt');
    writeFileSync(target, 'någon annans fil');
    const link = join(dir, 'länk.txt');
    symlinkSync(target, link);
    expect(
      rescind(['letter', '--input', '-', '--out', link], { input: JSON.stringify(answers) }).status,
    ).toBe(2);
    const forced = rescind(['letter', '--input', '-', '--out', link, '--force'], {
      input: JSON.stringify(answers),
    });
    expect(forced.status).toBe(0);
    // The link itself is replaced by the letter; what it pointed at is left alone.
    expect(readFileSync(target, 'utf8')).toBe('någon annans fil');
    expect(readFileSync(link, 'utf8')).toContain('Anna Svensson');
    expect(existsSync(file)).toBe(true);
  });

  it('reports a full disk in one line and exits 2', () => {
    const { status, stderr } = rescind(['letter', '--input', '-', '--out', '/dev/full'], {
      input: JSON.stringify(answers),
    });
    expect(status).toBe(2);
    expect(stderr).toBe(
      'rescind letter: Kan inte skriva /dev/full: disken är full; frigör lite utrymme och försök igen.\n',
    );
  });
});
