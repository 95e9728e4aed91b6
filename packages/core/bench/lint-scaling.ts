/**
 * How the draft check's time grows with the draft: milliseconds per KB of text from 1 KB to 1 MB,
 * for ordinary prose and for the shapes that used to make it rescan (runs of digits and spaces,
 * runs of spaces before a typed name, shorthand on one long line). Linear time means a flat time
 * per KB; the figure is (time at 1 MB ÷ time at 1 KB) ÷ 1000, 1 for perfectly linear.
 * Runs alone (`tsx bench/lint-scaling.ts`) or from bench/index.ts.
 */

import type { LintOptions } from '../src/letter/lint/context.ts';
import { lintLetter } from '../src/letter/lint/index.ts';

const prose = `Hej Karin!

Tack för erbjudandet om tjänsten som projektledare. Jag måste tyvärr återkalla mitt accepterande, eftersom lönen 45 000 kr är 10 % lägre. Jag ber om ursäkt. Mvh Anna Lindqvist

`;

/** Each shape as a function of the size wanted, in characters. */
export const shapes: Record<string, (size: number) => string> = {
  prose: (size) => prose.repeat(Math.ceil(size / prose.length)).slice(0, size),
  'digits and spaces': (size) => '1 '.repeat(size / 2),
  'digits and points': (size) => `€${'1.'.repeat(size / 2)}`,
  'spaces before a name': (size) => `Hej${' '.repeat(size - 18)}Anna Lindqvist.`,
  'shorthand on one line': (size) => 'MVH '.repeat(size / 4),
};

const options: LintOptions = {
  locale: 'sv',
  channel: 'email',
  ignore: ['Anna Lindqvist', 'Karin Holm', 'Nordlys AB', 'projektledare'],
};

/** The fastest of several runs, in milliseconds: the least disturbed by the machine's other work. */
function fastest(task: () => unknown, budgetMs: number): number {
  let best = Number.POSITIVE_INFINITY;
  const started = performance.now();
  for (let runs = 0; runs < 3 || (performance.now() - started < budgetMs && runs < 200); runs++) {
    const t = performance.now();
    task();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export interface Scaling {
  shape: string;
  msPerKb: Record<string, number>;
  /** (time at 1 MB ÷ time at 1 KB) ÷ 1000. */
  ratio: number;
}

/** Sizes in characters, decimal: 1 MB is 1,000 times 1 KB, so the ratio divides by 1000. */
export const sizes = { '1 KB': 1_000, '10 KB': 10_000, '100 KB': 100_000, '1 MB': 1_000_000 };

export function benchLintScaling(): Scaling[] {
  return Object.entries(shapes).map(([shape, make]) => {
    const msPerKb: Record<string, number> = {};
    const total: Record<string, number> = {};
    for (const [label, size] of Object.entries(sizes)) {
      const text = make(size);
      lintLetter(text, options); // warm-up
      total[label] = fastest(() => lintLetter(text, options), 1500);
      msPerKb[label] = (total[label] as number) / (size / 1000);
    }
    return { shape, msPerKb, ratio: (total['1 MB'] as number) / (total['1 KB'] as number) / 1000 };
  });
}

export function formatScaling(results: Scaling[]): string[] {
  const labels = Object.keys(sizes);
  return [
    `${'draft'.padEnd(24)}${labels.map((l) => `${l} ms/KB`.padStart(14)).join('')}   1 MB/1 KB ÷ 1000`,
    ...results.map(
      ({ shape, msPerKb, ratio }) =>
        `${shape.padEnd(24)}${labels.map((l) => (msPerKb[l] as number).toFixed(4).padStart(14)).join('')}   ${ratio.toFixed(2)}`,
    ),
  ];
}

if (import.meta.filename === process.argv[1]) {
  for (const line of formatScaling(benchLintScaling())) console.log(line);
}
