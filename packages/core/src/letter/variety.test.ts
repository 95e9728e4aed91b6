import { describe, expect, it } from 'vitest';
import { channels } from '../content/channels.ts';
import { locales } from '../locales.ts';
import { generateLetter } from './generate.ts';
import { formalities, type LetterInput, reasons } from './input.ts';

// Sixteen people in each situation: the same answers but for who writes.
const writers = [
  'Anna Lindqvist',
  'Daan de Vries',
  'Sam Berg',
  'Noor Bakker',
  'Elin Ek',
  'Lars Öberg',
  'Fleur Smit',
  'Jonas Holm',
  'Sara Nilsson',
  'Bram Visser',
  'Maja Karlsson',
  'Lotte Mulder',
  'Erik Johansson',
  'Emma de Boer',
  'Oskar Lind',
  'Julia Meijer',
];

function* situations(locale: LetterInput['locale'], channel: LetterInput['channel']) {
  for (const formality of formalities)
    for (const reason of reasons)
      for (const contractSigned of [false, true])
        yield (name: string): LetterInput => ({
          locale,
          channel,
          formality,
          reason,
          contractSigned,
          applicant: { name, address: 'Storgatan 1\n123 45 Uppsala' },
          recipient: { name: 'Karin Holm', company: 'Nordlys AB', address: 'Box 1' },
          position: locale === 'sv' ? 'projektledare' : 'projectleider',
          startDate: '2027-01-11',
          today: '2026-11-21',
        });
}

/** The engine's words only: the writer's name, which alone would make every text differ, masked. */
const wording = (input: LetterInput) =>
  generateLetter(input)
    .documents.map((doc) => doc.text)
    .join('\n')
    .replaceAll(input.applicant.name, '<name>')
    .replaceAll(input.applicant.name.split(' ')[0] ?? '', '<first>');

describe('variety', () => {
  it('gives people in the same situation different wordings, chosen from the input', () => {
    const report: Record<string, { inputs: number; distinct: number; perSituation: number }> = {};
    for (const locale of locales)
      for (const channel of channels) {
        const all = new Set<string>();
        let inputs = 0;
        let situationCount = 0;
        let distinctWithin = 0;
        for (const situation of situations(locale, channel)) {
          const texts = new Set(writers.map((name) => wording(situation(name))));
          for (const text of texts) all.add(text);
          inputs += writers.length;
          situationCount += 1;
          distinctWithin += texts.size;
        }
        report[`${locale} ${channel}`] = {
          inputs,
          distinct: all.size,
          perSituation: Math.round((distinctWithin / situationCount) * 10) / 10,
        };
      }
    console.table(report);
    for (const [key, { perSituation }] of Object.entries(report)) {
      // Of sixteen people in one situation, most write a letter of their own.
      expect(perSituation, key).toBeGreaterThanOrEqual(10);
    }
  });
});
