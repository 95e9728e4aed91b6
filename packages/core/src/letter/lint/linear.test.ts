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

/** The attack's string with its pump repeated `times` times. */
function attackString(
  attack: { string: string; pumps: { prefix: string; pump: string }[]; suffix: string },
  times: number,
): string {
  const pumped = attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(times)).join('');
  return attack.pumps.length === 0 ? attack.string : pumped + attack.suffix;
}

/**
 * Whether eight times the attack takes more than 40 times as long (linear is 8), measured up to
 * three times so that a pause of the machine does not count. Only for polynomial attacks: an
 * exponential one is taken at recheck's word (it would not finish).
 */
function slowsDownOn(
  pattern: RegExp,
  attack: { string: string; pumps: { prefix: string; pump: string }[]; suffix: string },
): boolean {
  const time = (text: string) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const copy = new RegExp(pattern.source, pattern.flags);
      const started = performance.now();
      if (copy.global) for (const _ of text.matchAll(copy));
      else copy.test(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  // A thousand pumps: linear text of a few kilobytes takes well under a millisecond, so 50 ms
  // there is already a super-linear pattern (and a cubic one is not run at eight thousand).
  const small = attackString(attack, 1_000);
  const large = attackString(attack, 8_000);
  for (let again = 0; again < 3; again++) {
    const base = time(small);
    if (base < 50 && time(large) / Math.max(base, 0.05) < 40) return false;
  }
  return true;
}

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
      if (result.status === 'safe') return [];
      // recheck's fuzzing checker can report an attack that V8's engine runs in linear time (its
      // search depends on a time budget, so on a loaded machine it finds different strings): an
      // attack counts when the real pattern, on the real engine, slows down super-linearly on it.
      if (
        result.status === 'vulnerable' &&
        result.complexity.type !== 'exponential' &&
        !slowsDownOn(pattern, result.attack)
      )
        return [];
      return [
        `${key}: ${result.status}${result.status === 'vulnerable' ? ` (${result.attack.pattern})` : ''}`,
      ];
    });
    expect(vulnerable).toEqual([]);
  }, 600_000);
});
