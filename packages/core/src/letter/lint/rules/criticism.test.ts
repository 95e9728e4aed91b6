import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';

describe('criticism of the employer', () => {
  it.each([
    ['sv', 'Jag har läst att ni har en giftig arbetskultur.', ['giftig']],
    ['sv', 'Ledningen verkar kaotisk och lönen är usel.', ['kaotisk', 'är usel']],
    ['sv', 'Det finns många negativa recensioner om er.', ['negativa recensioner']],
    ['nl', 'Ik hoorde dat de cultuur er toxisch is.', ['toxisch']],
    [
      'nl',
      'Het slechte management en de chaotische sfeer schrikken mij af.',
      ['slechte management', 'chaotische'],
    ],
    ['nl', 'De sfeer is erg slecht.', ['is erg slecht']],
  ] as const)('is flagged (%s: %s)', (locale, text, words) => {
    expect(found(text, { locale }, 'employer-criticism').map(([, marked]) => marked)).toEqual(
      words,
    );
  });

  it.each([
    ['sv', 'Jag mår dåligt över att behöva skriva det här och har dåligt samvete.'],
    ['sv', 'Förutsättningarna i tjänsten passar inte mig just nu.'],
    ['nl', 'Ik voel me er slecht over en besef dat dit bericht slecht uitkomt.'],
    ['nl', 'Het is slecht nieuws, dat besef ik. Ik heb slechts twee weken.'],
  ] as const)(
    'is not confused with regret or with the reason worded kindly (%s: %s)',
    (locale, text) => {
      expect(found(text, { locale }, 'employer-criticism')).toEqual([]);
    },
  );
});
