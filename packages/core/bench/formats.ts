/**
 * Throughput of the check and formats half of the letter engine, against a baseline measured in
 * the same run on the same machine (`JSON.stringify` of the document), so the ratios hold on any
 * hardware. Run with `tsx bench/formats.ts`.
 */
import { anna, daan } from '../src/letter/__fixtures__/answers.ts';
import { toEml, toMailto } from '../src/letter/formats/index.ts';
import { generateLetter } from '../src/letter/generate.ts';
import { lintDocument } from '../src/letter/lint/index.ts';

interface Result {
  name: string;
  perSecond: number;
  microseconds: number;
}

/** Runs `task` for about `ms` milliseconds after a warm-up and reports operations per second. */
function measure(name: string, task: () => unknown, ms = 1000): Result {
  for (let i = 0; i < 200; i++) task();
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 50; i++) task();
    runs += 50;
    elapsed = performance.now() - started;
  }
  return { name, perSecond: (runs / elapsed) * 1000, microseconds: (elapsed * 1000) / runs };
}

const documents = [anna, daan].flatMap((input) =>
  generateLetter(input).documents.map((document) => ({ document, locale: input.locale })),
);
const from = { name: 'Anna Lindqvist', email: 'anna.lindqvist@example.se' };
const to = { name: 'Karin Holm', email: 'karin.holm@nordlys.example' };
const date = new Date('2026-11-21T10:00:00Z');
let index = 0;
const next = () => {
  const item = documents[index++ % documents.length];
  if (!item) throw new Error('no documents to measure');
  return item;
};

const baseline = measure('JSON.stringify(document) (baseline)', () =>
  JSON.stringify(next().document),
);
const results = [
  measure('toEml', () => toEml(next().document, { from, to, date, messageId: 'bench@example.se' })),
  measure('toMailto', () => toMailto(next().document, { to })),
  measure('lintDocument', () => {
    const { document, locale } = next();
    return lintDocument(document, { locale });
  }),
];

console.log(`${documents.length} documents (Swedish e-mail, Dutch letter and its e-mail ahead)\n`);
for (const result of [baseline, ...results]) {
  const ratio = result.perSecond / baseline.perSecond;
  console.log(
    `${result.name.padEnd(38)} ${Math.round(result.perSecond).toLocaleString('en').padStart(10)}/s  ${result.microseconds.toFixed(1).padStart(7)} µs  ${result === baseline ? '' : `${(1 / ratio).toFixed(1)}× the baseline's time`}`,
  );
}
