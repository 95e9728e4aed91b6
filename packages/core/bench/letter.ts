/**
 * Letters per second for `generateLetter` (answers → all documents and advice), against a
 * baseline in the same run (`JSON.stringify` of the answers). Goal: well under 50 µs a letter.
 * Its stages are timed too, against the same baseline, so a slower letter shows where it slowed:
 * checking the answers (zod), and the law's assessment as `assessPosition` words it (which checks
 * the answers as well). The rest of a letter is planning and writing the documents.
 * Runs alone (`tsx bench/letter.ts`) or from bench/index.ts.
 */

import { channels } from '../src/content/channels.ts';
import { anna, daan } from '../src/letter/__fixtures__/answers.ts';
import { generateLetter } from '../src/letter/generate.ts';
import { type LetterInput, safeParseLetterInput } from '../src/letter/input.ts';
import { assessPosition } from '../src/letter/position/index.ts';
import { cycle, type Figure, formatFigures, measureAgainst } from './measure.ts';

/** Every channel in both languages and both formalities: the engine's whole range of work. */
export const benchInputs: LetterInput[] = [anna, daan].flatMap((input) =>
  channels.flatMap((channel) =>
    (['formal', 'informal'] as const).map((formality) => ({ ...input, channel, formality })),
  ),
);

export function benchLetter(ms = 1000): Figure[] {
  const input = cycle(benchInputs);
  return measureAgainst(
    ['JSON.stringify(answers)', () => JSON.stringify(input())],
    [
      ['generateLetter', () => generateLetter(input())],
      ['  checking the answers (safeParse…)', () => safeParseLetterInput(input())],
      ['  checking + the law (assessPosition)', () => assessPosition(input())],
    ],
    ms,
  );
}

if (import.meta.filename === process.argv[1]) {
  console.log(`Letter engine, ${benchInputs.length} answer sets\n`);
  for (const line of formatFigures(benchLetter())) console.log(line);
}
