/**
 * One way to time an operation for every benchmark here: operations per second, run for about
 * `ms` milliseconds after a warm-up, reported as a ratio to a baseline measured in the same run,
 * because these machines are shared and a bare time says little.
 */
export interface Figure {
  name: string;
  perSecond: number;
  microseconds: number;
  /** How many times the baseline's time one operation takes (1 for the baseline itself). */
  ratio: number;
}

function timeOf(task: () => unknown, ms: number): { perSecond: number; microseconds: number } {
  for (let i = 0; i < 500; i++) task();
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i++) task();
    runs += 100;
    elapsed = performance.now() - started;
  }
  return { perSecond: (runs / elapsed) * 1000, microseconds: (elapsed * 1000) / runs };
}

/** Times the baseline, then each task, and gives every figure as a ratio to the baseline. */
export function measureAgainst(
  baseline: [name: string, task: () => unknown],
  tasks: [name: string, task: () => unknown][],
  ms = 1000,
): Figure[] {
  const base = timeOf(baseline[1], ms);
  return [
    { name: `${baseline[0]} (baseline)`, ...base, ratio: 1 },
    ...tasks.map(([name, task]) => {
      const figure = timeOf(task, ms);
      return { name, ...figure, ratio: figure.microseconds / base.microseconds };
    }),
  ];
}

/** Cycles through `items` so a task does not measure one cached case. */
export function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('nothing to measure');
  let index = 0;
  return () => items[index++ % items.length] as T;
}

/** The figures as lines for a terminal. */
export function formatFigures(figures: Figure[]): string[] {
  return figures.map(
    (f) =>
      `${f.name.padEnd(40)} ${Math.round(f.perSecond).toLocaleString('en').padStart(10)}/s ${f.microseconds.toFixed(1).padStart(8)} µs  ${f.ratio === 1 ? '' : `${f.ratio.toFixed(1)}× the baseline's time`}`,
  );
}
