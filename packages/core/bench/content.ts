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

/**
 * Median milliseconds of each of two functions, run in alternation after a warm-up, and the median
 * of the ratio within each round: a round's two runs are a moment apart, so a change in machine
 * load (other builds on a shared box) hits both alike and cancels out of that round's ratio.
 */
function timePair(
  a: () => unknown,
  b: () => unknown,
  rounds: number,
): { aMs: number; bMs: number; ratio: number } {
  for (let i = 0; i < 20; i += 1) {
    a();
    b();
  }
  const aMs: number[] = [];
  const bMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    let start = performance.now();
    a();
    const aTime = performance.now() - start;
    start = performance.now();
    b();
    const bTime = performance.now() - start;
    aMs.push(aTime);
    bMs.push(bTime);
    ratios.push(aTime / bTime);
  }
  return { aMs: median(aMs), bMs: median(bMs), ratio: median(ratios) };
}

export interface ParseFigure {
  locale: Locale;
  /** Median time of `parseArticle`. */
  parseMs: number;
  /** Median time of bare remark-parse on the same string. */
  remarkMs: number;
  /** Median of the two's ratio within each round (not the ratio of the medians). */
  ratio: number;
}

export function benchParse(rounds = 200): ParseFigure[] {
  // Frozen, like the parser's own processor; both get the very same string.
  const remark = unified().use(remarkParse).freeze();
  return locales.map((locale) => {
    const text = readFileSync(join(root, 'content', `${locale}.md`), 'utf8');
    const { aMs, bMs, ratio } = timePair(
      () => parseArticle(text, { path: `${locale}.md` }),
      () => remark.parse(text),
      rounds,
    );
    return { locale, parseMs: aMs, remarkMs: bMs, ratio };
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
  /** `@rescind/core`: getArticle with the schemas, so zod loads too. */
  coreMs: number;
  /** `@rescind/core/article`: getArticle alone. */
  articleMs: number;
  emptyMs: number;
  ratio: number;
  articleRatio: number;
}

export function benchColdImport(runs = 15): ImportFigure {
  const dir = mkdtempSync(join(tmpdir(), 'rescind-bench-'));
  try {
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, 'export {};\n');
    const core = pathToFileURL(join(root, 'dist/index.js')).href;
    const emptyMs = coldImport(pathToFileURL(empty).href, 'void m', runs);
    const both = "m.getArticle('sv'); m.getArticle('nl')";
    const coreMs = coldImport(core, both, runs);
    const articleMs = coldImport(
      pathToFileURL(join(root, 'dist/content/get-article.js')).href,
      both,
      runs,
    );
    return {
      coreMs,
      articleMs,
      emptyMs,
      ratio: coreMs / emptyMs,
      articleRatio: articleMs / emptyMs,
    };
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
    `content cold import of @rescind/core + getArticle: ${cold.ratio.toFixed(2)}× an empty module (${cold.coreMs.toFixed(1)} ms vs ${cold.emptyMs.toFixed(1)} ms; zod is most of it)`,
    `content cold import of @rescind/core/article + getArticle: ${cold.articleRatio.toFixed(2)}× an empty module (${cold.articleMs.toFixed(1)} ms)`,
  );
  return lines;
}

if (import.meta.filename === process.argv[1]) {
  for (const line of benchContent()) console.log(line);
}
