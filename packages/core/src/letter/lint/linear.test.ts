import { checkSync } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../content/channels.ts';
import { anna, daan } from '../__fixtures__/answers.ts';
import { generateLetter } from '../generate.ts';
import { lintOptionsFor } from '../lint-options.ts';
import { goodDrafts } from './__fixtures__/drafts.ts';
import { lintLetter } from './index.ts';

/**
 * Every regular expression the check runs, found by running it rather than by reading its source,
 * so a pattern built at run time (the typed names' mask) or added to a rule later is checked too.
 */
function patternsUsedBy(run: () => void): Map<string, RegExp> {
  const seen = new Map<string, RegExp>();
  const { exec } = RegExp.prototype;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    // `split` copies its pattern with the sticky flag; the copy is the same pattern.
    const flags = this.flags.replace('y', '');
    seen.set(`/${this.source}/${flags}`, new RegExp(this.source, flags));
    return exec.call(this, text);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return seen;
}

const drafts = [
  ...Object.values(goodDrafts),
  'Hej Du!\n\nJag måste tacka nej. Lönen var 45 000 kr, 10 % mer. Mvh\nAnna Du Rietz\n> citat',
  'Geachte heer,\n\nIk trek mijn acceptatie in vanwege € 5.000,- en 3.000 euro. Groetjes,\nDaan',
  'Hoi Anna, ik overweeg ontslag. Het spijt me. Thx 🙏 ;)\n\nHoogachtend\nSanne',
];

let patterns: Map<string, RegExp>;
beforeAll(() => {
  patterns = patternsUsedBy(() => {
    for (const locale of ['sv', 'nl'] as const) {
      for (const channel of [undefined, ...channels]) {
        for (const text of drafts) {
          lintLetter(text, { locale, channel, ignore: ['Anna Du Rietz', 'Daan', 'MVH Bygg AB'] });
          lintLetter(text, { locale, channel, formality: 'informal' });
        }
      }
    }
    for (const answers of [anna, daan]) {
      for (const channel of channels) {
        const input = { ...answers, channel };
        for (const document of generateLetter(input).documents) {
          lintLetter(document.text, { ...lintOptionsFor(input), channel });
        }
      }
    }
  });
});
afterAll(() => patterns.clear());

describe('every pattern of the draft check', () => {
  it('is enumerated by running the check', () => {
    // A sanity floor: the rules hold well over a hundred phrase lists and helpers.
    expect(patterns.size).toBeGreaterThan(40);
  });

  it('runs in time linear in the draft (recheck finds no super-linear backtracking)', () => {
    const vulnerable = [...patterns.keys()].flatMap((key) => {
      const pattern = patterns.get(key) as RegExp;
      const result = checkSync(pattern.source, pattern.flags, {
        randomSeed: 7,
        timeout: 20_000,
      });
      return result.status === 'safe'
        ? []
        : [
            `${key}: ${result.status}${result.status === 'vulnerable' ? ` (${result.attack.pattern})` : ''}`,
          ];
    });
    expect(vulnerable).toEqual([]);
  }, 600_000);
});
