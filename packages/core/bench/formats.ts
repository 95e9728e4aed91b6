/**
 * Throughput of the check and formats half of the letter engine (`toEml`, `toMailto`,
 * `lintDocument`) over every generated document, against a baseline in the same run
 * (`JSON.stringify` of the document). Runs alone (`tsx bench/formats.ts`) or from bench/index.ts.
 */
import { toEml, toMailto } from '../src/letter/formats/index.ts';
import { generateLetter } from '../src/letter/generate.ts';
import { lintDocument } from '../src/letter/lint/index.ts';
import { benchInputs } from './letter.ts';
import { cycle, type Figure, formatFigures, measureAgainst } from './measure.ts';

export function benchFormats(ms = 1000): Figure[] {
  const next = cycle(
    benchInputs.flatMap((input) =>
      generateLetter(input).documents.map((document) => ({ document, locale: input.locale })),
    ),
  );
  const from = { name: 'Anna Lindqvist', email: 'anna.lindqvist@example.se' };
  const to = { name: 'Karin Holm', email: 'karin.holm@nordlys.example' };
  const date = new Date('2026-11-21T10:00:00Z');
  return measureAgainst(
    ['JSON.stringify(document)', () => JSON.stringify(next().document)],
    [
      ['toEml', () => toEml(next().document, { from, to, date, messageId: 'bench@example.se' })],
      ['toMailto', () => toMailto(next().document, { to })],
      [
        'lintDocument',
        () => {
          const { document, locale } = next();
          return lintDocument(document, { locale });
        },
      ],
    ],
    ms,
  );
}

if (import.meta.filename === process.argv[1]) {
  for (const line of formatFigures(benchFormats())) console.log(line);
}
