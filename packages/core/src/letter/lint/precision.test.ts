import { describe, expect, it } from 'vitest';
import { locales } from '../../locales.ts';
import { labelledDrafts } from './__fixtures__/labelled.ts';
import { draftText, guessLocale, lintLetter } from './index.ts';

/** What the lint finds in a draft, with no locale given: it must guess that too. */
const codesFound = (text: string, channel: (typeof labelledDrafts)[number]['channel']) =>
  new Set(lintLetter(text, channel ? { channel } : {}).map((finding) => finding.code));

describe('the lint on labelled drafts', () => {
  it('has at least 40 drafts per language, good ones and ones with one known fault', () => {
    for (const locale of locales) {
      const drafts = labelledDrafts.filter((draft) => draft.locale === locale);
      expect(drafts.length).toBeGreaterThanOrEqual(40);
      expect(drafts.filter((draft) => draft.faults.length === 0).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('guesses the language of every draft', () => {
    const wrong = labelledDrafts.filter(
      (draft) => guessLocale(draftText(draft.text)) !== draft.locale,
    );
    expect(wrong.map((draft) => `${draft.locale}: ${draft.about}`)).toEqual([]);
  });

  it.each(locales)('finds what an HR reader would object to, and little else (%s)', (locale) => {
    const all = score(labelledDrafts.filter((d) => d.locale === locale));
    const unseen = score(
      labelledDrafts.filter((d) => d.locale === locale && d.about.startsWith('unseen:')),
    );
    console.log(
      `${locale}: precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)} (${all.counts}); unseen drafts alone: precision ${unseen.precision.toFixed(3)}, recall ${unseen.recall.toFixed(3)} (${unseen.counts})${all.misses.length ? `\n  ${all.misses.join('\n  ')}` : ''}`,
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  });
});

function score(drafts: readonly (typeof labelledDrafts)[number][]) {
  {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const draft of drafts) {
      const found: ReadonlySet<string> = codesFound(draft.text, draft.channel);
      const expected = new Set<string>(draft.faults);
      for (const code of found) {
        if (expected.has(code)) truePositives += 1;
        else {
          falsePositives += 1;
          misses.push(`extra ${code}: ${draft.about}`);
        }
      }
      for (const code of expected) {
        if (!found.has(code)) {
          falseNegatives += 1;
          misses.push(`missed ${code}: ${draft.about}`);
        }
      }
    }
    return {
      precision: truePositives / (truePositives + falsePositives),
      recall: truePositives / (truePositives + falseNegatives),
      counts: `${truePositives} found, ${falsePositives} extra, ${falseNegatives} missed`,
      misses,
    };
  }
}
