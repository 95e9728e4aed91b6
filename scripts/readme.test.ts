import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './workspace.ts';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'rescind-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The first fenced block of `language` after `heading`. */
function codeAfter(heading: string, language: string): string {
  const from = readme.indexOf(heading);
  expect(from, `README has no heading ${heading}`).toBeGreaterThan(-1);
  const match = readme.slice(from).match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``));
  if (!match?.[1]) throw new Error(`README has no ${language} block after ${heading}`);
  return match[1];
}

describe('the README', () => {
  it('quick start runs scripts that exist', () => {
    const commands = codeAfter('## Quick start', 'sh');
    for (const [, script] of commands.matchAll(/pnpm (start|test)\b/g)) {
      expect(manifest.scripts, `pnpm ${script}`).toHaveProperty(script as string);
    }
    expect(commands).toContain(`pnpm@${manifest.packageManager.split('@')[1]}`);
  });

  it('library example prints a Dutch formal letter, as it says', () => {
    const letterEngine = pathToFileURL(join(root, 'packages/core/dist/letter/index.js')).href;
    const example = codeAfter('### The library', 'ts').replace(
      "from '@rescind/core/letter'",
      `from '${letterEngine}'`,
    );
    const file = join(scratch, 'example.mjs');
    writeFileSync(file, example);
    const printed = execFileSync(process.execPath, [file], { encoding: 'utf8' });
    expect(printed).toContain('Geachte mevrouw Van der Berg,');
    expect(printed).toContain('Betreft: Intrekking van mijn acceptatie');
    // Both addresses given: no placeholder left in the letter.
    expect(printed).not.toContain('[');
    expect(printed).toContain('Met vriendelijke groet,');
    expect(printed).toMatch(/arbeidsovereenkomst/);
    expect(printed).toContain('notice-ends-after-start 2027-01-31');
  });
});
