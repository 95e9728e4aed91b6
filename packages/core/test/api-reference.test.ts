import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiReference, renderReference, undocumented } from '../scripts/api-reference.ts';

const committed = readFileSync(join(import.meta.dirname, '../API.md'), 'utf8');
const entries = apiReference();

describe('API.md, the reference generated from the doc comments', () => {
  it('is what a fresh generation from the built types gives (run `pnpm --filter @rescind/core api`)', () => {
    expect(renderReference(entries) === committed, 'API.md is stale').toBe(true);
  });

  it('documents every export of every entry point', () => {
    expect(undocumented(entries)).toEqual([]);
  });

  it('gives every function and class an example (run from the tarball by tarball.test.ts)', () => {
    const without = entries.flatMap((entry) =>
      entry.exports
        .filter((e) => (e.kind === 'function' || e.kind === 'class') && !e.doc.includes('```ts'))
        .map((e) => `${entry.specifier}: ${e.name}`),
    );
    expect(without).toEqual([]);
  });

  it('covers every entry point of the exports map', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    const subpaths = Object.keys(manifest.exports).filter((key) => key !== './package.json');
    expect(entries.map((entry) => entry.specifier)).toEqual(
      subpaths.map((key) => `@rescind/core${key === '.' ? '' : key.slice(1)}`),
    );
  });
});
