/**
 * Content benchmarks, as ratios so they mean the same on any machine:
 * - parse + validate of each article against bare remark-parse on the same text (goal ≤ 1.3×);
 * - a cold `import('@rescind/core')` + `getArticle` in a fresh Node process against importing an
 *   empty module (what the generated module costs a frontend at start-up).
 * Runs alone (`tsx bench/content.ts`, needs a build) or from bench/index.ts via `benchContent()`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Locale, locales } from '../src/locales.ts';
import { parseArticle } from '../src/parse.ts';

const root = join(import.meta.dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median milliseconds of `run`, after a warm-up so the JIT has settled. */
function time(run: () => unknown, rounds: number): number {
  for (let i = 0; i < 20; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface ParseFigure {
  locale: Locale;
  parseMs: number;
  remarkMs: number;
  ratio: number;
}

export function benchParse(rounds = 60): ParseFigure[] {
  const remark = unified().use(remarkParse);
  return locales.map((locale) => {
    const text = readFileSync(join(root, 'content', `${locale}.md`), 'utf8');
    // Alternate the two so drift in machine load hits both alike.
    const remarkMs = time(() => remark.parse(text), rounds);
    const parseMs = time(() => parseArticle(text, { path: `${locale}.md` }), rounds);
    const remarkAgain = time(() => remark.parse(text), rounds);
    const bare = Math.min(remarkMs, remarkAgain);
    return { locale, parseMs, remarkMs: bare, ratio: parseMs / bare };
  });
}

/** Milliseconds a fresh Node process spends importing `url` (and running `then`), median of runs. */
function coldImport(url: string, then: string, runs: number): number {
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(url)}); ${then}; process.stdout.write(String(performance.now() - t));`;
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    samples.push(Number(out));
  }
  return median(samples);
}

export interface ImportFigure {
  coreMs: number;
  emptyMs: number;
  ratio: number;
}

export function benchColdImport(runs = 15): ImportFigure {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-bench-'));
  try {
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, 'export {};\n');
    const core = pathToFileURL(join(root, 'dist/index.js')).href;
    const emptyMs = coldImport(pathToFileURL(empty).href, 'void m', runs);
    const coreMs = coldImport(core, "m.getArticle('sv'); m.getArticle('nl')", runs);
    return { coreMs, emptyMs, ratio: coreMs / emptyMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Both figures, printed as lines a report can quote. */
export function benchContent(): string[] {
  const lines = benchParse().map(
    (f) =>
      `content parse+validate ${f.locale}.md: ${f.ratio.toFixed(2)}× bare remark-parse (${f.parseMs.toFixed(2)} ms vs ${f.remarkMs.toFixed(2)} ms; goal ≤ 1.3×)`,
  );
  const cold = benchColdImport();
  lines.push(
    `content cold import + getArticle: ${cold.ratio.toFixed(2)}× an empty module (${cold.coreMs.toFixed(1)} ms vs ${cold.emptyMs.toFixed(1)} ms)`,
  );
  return lines;
}

if (import.meta.filename === process.argv[1]) {
  for (const line of benchContent()) console.log(line);
}
