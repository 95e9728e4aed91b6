/**
 * The package as a new user gets it: `pnpm pack`, the tarball unpacked into a scratch project that
 * has only the dependencies the manifest declares, then every `ts` example of the READMEs and of
 * API.md type-checked with `tsc` against the published `.d.ts` and run with Node. The clock is set
 * to 2099, so an example that leaves out `today` fails instead of passing until some date.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const core = join(import.meta.dirname, '..');
const repo = join(core, '../..');
const manifest = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'rescind-tarball-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Example {
  where: string;
  code: string;
}

/** Every fenced `ts` block of a markdown file that imports the package. */
function examples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const match of text.matchAll(/^( *)```ts\n([\s\S]*?)^\1```/gm)) {
    const indent = match[1] ?? '';
    const code = (match[2] ?? '')
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n');
    if (!code.includes("from '@rescind/core")) continue;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ where: `${file.slice(repo.length + 1)}:${line}`, code });
  }
  return found;
}

const all = [
  ...examples(join(core, 'README.md')),
  ...examples(join(repo, 'README.md')),
  ...examples(join(core, 'API.md')),
];

const fakeClock = `const RealDate = Date;
const fixed = RealDate.UTC(2099, 5, 15, 12);
globalThis.Date = class extends RealDate {
  constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
  static now() { return fixed; }
};
`;

beforeAll(() => {
  const packed = join(scratch, 'packed');
  mkdirSync(packed);
  execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: core, stdio: 'pipe' });
  const [tarball] = readdirSync(packed);
  const target = join(scratch, 'node_modules/@rescind/core');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(packed, tarball ?? ''), '-C', target, '--strip-components=1']);
  // Only the declared dependencies, as npm would install them (from this workspace's copies).
  // …and Node's types, which a Node project has anyway (two examples read the shipped markdown).
  for (const name of [...Object.keys(manifest.dependencies), '@types/node']) {
    const link = join(scratch, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(core, 'node_modules', name), link);
  }
  writeFileSync(join(scratch, 'package.json'), '{ "name": "scratch", "type": "module" }\n');
  writeFileSync(join(scratch, 'clock.mjs'), fakeClock);
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2023',
        lib: ['ES2023', 'DOM'],
        module: 'nodenext',
        strict: true,
        noEmit: true,
        allowImportingTsExtensions: true,
        skipLibCheck: false,
        types: ['node'],
      },
      include: ['examples/*.ts'],
    }),
  );
  mkdirSync(join(scratch, 'examples'));
  all.forEach((example, index) => {
    writeFileSync(join(scratch, 'examples', `example-${index}.ts`), `export {};\n${example.code}`);
  });
}, 120_000);

describe('the packed tarball', () => {
  it('holds the paperwork: LICENSE, README, API reference, and no source maps', () => {
    const files = readdirSync(join(scratch, 'node_modules/@rescind/core'), { recursive: true });
    const names = files.map(String);
    expect(names).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'API.md', 'package.json']),
    );
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('has examples to run', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  // TypeScript 7 (the workspace's), and any other compiler named in RESCIND_TSC, such as a
  // TypeScript 5.9 `tsc` installed apart: the oldest version the README promises.
  const compilers = [
    join(core, 'node_modules/.bin/tsc'),
    ...(process.env.RESCIND_TSC?.split(',') ?? []),
  ];
  it.each(compilers)(
    'type-checks every example against the published types with %s',
    (tsc) => {
      try {
        execFileSync(tsc, ['-p', scratch], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const out = String((error as { stdout?: string }).stdout ?? error);
        const named = out.replace(
          /examples\/example-(\d+)\.ts/g,
          (_, i) => all[Number(i)]?.where ?? i,
        );
        expect.fail(named);
      }
    },
    120_000,
  );

  it.each(all.map((example, index) => [example.where, index] as const))(
    'runs the example at %s with Node, whatever today is',
    (_where, index) => {
      const flags = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
      const printed = execFileSync(
        process.execPath,
        [...flags, '--import', './clock.mjs', `examples/example-${index}.ts`],
        { cwd: scratch, encoding: 'utf8', stdio: 'pipe' },
      );
      expect(printed.length).toBeGreaterThan(0);
    },
    30_000,
  );
});
