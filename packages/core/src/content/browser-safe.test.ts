import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');

/** Every module the built main entry loads, following relative imports; bare imports listed. */
function importGraph(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Doc comments hold examples with imports of their own: read the code only.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, specifier = ''] of code.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g,
    )) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  const main = join(dist, entry);
  if (!existsSync(main))
    throw new Error(`${main} is missing: run pnpm --filter @rescind/core build`);
  visit(main);
  return { files: [...files], bare: [...bare] };
}

describe('the built main entry, @rescind/core', () => {
  it('loads only zod: no remark, no node: modules, so a browser bundle stays small', () => {
    expect(importGraph('index.js').bare).toEqual(['zod']);
  });
});
