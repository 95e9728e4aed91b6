/**
 * Letters per second for `generateLetter` (answers → all documents and advice) and for `toEml` of
 * the generated e-mail, against a baseline in the same run on the same machine
 * (`JSON.stringify` of the answers), so the ratios hold on any hardware. Goal: well under 50 µs a
 * letter. Runs alone (`tsx bench/letter.ts`) or from bench/index.ts via `benchLetter()`.
 */

import { channels } from '../src/content/channels.ts';
import { anna, daan } from '../src/letter/__fixtures__/answers.ts';
import { toEml } from '../src/letter/formats/index.ts';
import { generateLetter } from '../src/letter/generate.ts';
import type { LetterInput } from '../src/letter/input.ts';

export interface LetterFigure {
  name: string;
  perSecond: number;
  microseconds: number;
  /** How many times the baseline's time one operation takes. */
  ratio: number;
}

/** Operations per second of `task`, run for about `ms` milliseconds after a warm-up. */
function measure(task: () => unknown, ms: number): { perSecond: number; microseconds: number } {
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

export function benchLetter(ms = 1000): LetterFigure[] {
  // Every channel in both languages, both formalities: the engine's whole range of work.
  const inputs: LetterInput[] = [anna, daan].flatMap((input) =>
    channels.flatMap((channel) =>
      (['formal', 'informal'] as const).map((formality) => ({ ...input, channel, formality })),
    ),
  );
  const emails = inputs.map((input) => {
    const document = generateLetter(input).documents.find((doc) => doc.kind === 'email');
    if (!document) throw new Error(`no e-mail for ${input.locale} ${input.channel}`);
    return document;
  });
  const from = { name: 'Anna Lindqvist', email: 'anna.lindqvist@example.se' };
  const to = { name: 'Karin Holm', email: 'karin.holm@nordlys.example' };
  const date = new Date('2026-11-21T10:00:00Z');
  let i = 0;
  const input = () => inputs[i++ % inputs.length] as LetterInput;
  let j = 0;
  const email = () => emails[j++ % emails.length] as (typeof emails)[number];

  const baseline = measure(() => JSON.stringify(input()), ms);
  const tasks: [string, () => unknown][] = [
    ['generateLetter', () => generateLetter(input())],
    [
      'toEml (generated e-mail)',
      () => toEml(email(), { from, to, date, messageId: 'bench@example.se' }),
    ],
  ];
  return [
    { name: 'JSON.stringify(answers) (baseline)', ...baseline, ratio: 1 },
    ...tasks.map(([name, task]) => {
      const figure = measure(task, ms);
      return { name, ...figure, ratio: figure.microseconds / baseline.microseconds };
    }),
  ];
}

/** The figures as lines for a terminal. */
export function formatLetterFigures(figures: LetterFigure[]): string[] {
  return figures.map(
    (f) =>
      `${f.name.padEnd(36)} ${Math.round(f.perSecond).toLocaleString('en').padStart(10)}/s ${f.microseconds.toFixed(1).padStart(8)} µs  ${f.ratio === 1 ? '' : `${f.ratio.toFixed(1)}× the baseline's time`}`,
  );
}

if (import.meta.filename === process.argv[1]) {
  console.log('Letter engine, 16 answer sets (2 languages × 4 channels × 2 formalities)\n');
  for (const line of formatLetterFigures(benchLetter())) console.log(line);
}
