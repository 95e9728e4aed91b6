/**
 * What the frozen, shared guide costs, as ratios in one run: `getArticle` (a shared, deeply frozen
 * object) against reading the generated object directly (the baseline), and against the other way
 * to keep callers from changing each other's guide, a fresh copy per call (`structuredClone`).
 * Also the one-time cost of freezing a locale, against copying it once.
 * Runs alone (`tsx bench/frozen-article.ts`) or from bench/index.ts.
 */
import { articles } from '../src/content/articles.generated.ts';
import { deepFreeze } from '../src/content/freeze.ts';
import { getArticle } from '../src/content/get-article.ts';
import { type Figure, formatFigures, measureAgainst } from './measure.ts';

export function benchFrozenArticle(): Figure[] {
  getArticle('sv');
  let sink: unknown;
  const calls = measureAgainst(
    ['articles.sv, read directly', () => (sink = articles.sv)],
    [
      ['getArticle("sv"): shared and frozen', () => (sink = getArticle('sv'))],
      ['a fresh copy per call (structuredClone)', () => (sink = structuredClone(articles.sv))],
    ],
    500,
  );
  const once = measureAgainst(
    ['copying the Swedish guide once', () => (sink = structuredClone(articles.sv))],
    [
      [
        'freezing a copy of it once (deepFreeze)',
        () => (sink = deepFreeze(structuredClone(articles.sv))),
      ],
    ],
    500,
  );
  void sink;
  return [...calls, ...once];
}

if (import.meta.filename === process.argv[1]) {
  for (const line of formatFigures(benchFrozenArticle())) console.log(line);
}
