import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { checkReducer, initialCheck } from './check.ts';

beforeAll(async () => {
  await loadEngine();
});

describe('checking a letter file', () => {
  it('answers a file far too long to be a letter with one clear message, not a long wait', () => {
    const text = 'Hej Karin! Jag återkallar mitt accepterande. '.repeat(1_000);
    const state = checkReducer(initialCheck, {
      type: 'loaded',
      path: 'bok.txt',
      text,
      locale: 'sv',
    });
    expect(state.result?.findings.map((finding) => finding.code)).toEqual(['draft-too-long']);
    expect(state.result?.findings[0]?.message).toMatch(/^Texten är 45\s000 tecken lång/);
  });
});

describe('every view', () => {
  it('takes Text from ui/Text.tsx, which shows control characters instead of sending them', () => {
    const ui = join(import.meta.dirname, '../ui');
    const views = readdirSync(ui, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx') && file !== 'Text.tsx',
    );
    expect(views.length).toBeGreaterThan(5);
    for (const file of views) {
      const source = readFileSync(join(ui, file), 'utf8');
      expect(source, file).not.toMatch(/import \{[^}]*\bText\b[^}]*\} from 'ink'/);
    }
  });
});
