import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';

const codes = ['text-abbreviation', 'emoji'];

describe('chat shorthand', () => {
  it.each([
    ['sv', 'Tack för allt!\nMvh\nÅsa', [['text-abbreviation', 'Mvh']]],
    [
      'sv',
      'Tnx för tiden, btw.',
      [
        ['text-abbreviation', 'Tnx'],
        ['text-abbreviation', 'btw'],
      ],
    ],
    ['nl', 'Bedankt!\nmvg,\nSanne', [['text-abbreviation', 'mvg']]],
    [
      'nl',
      'Thx voor alles 🙏 ;)',
      [
        ['text-abbreviation', 'Thx'],
        ['emoji', '🙏'],
        ['emoji', ';)'],
      ],
    ],
  ] as const)('is flagged in a written message (%s: %s)', (locale, text, expected) => {
    expect(found(text, { locale, channel: 'email' }, ...codes)).toEqual(expected);
  });

  it('leaves whole words, company marks and spoken notes alone', () => {
    expect(
      found(
        'Med vänlig hälsning från Acme™ och Grönt AB',
        { locale: 'sv', channel: 'email' },
        ...codes,
      ),
    ).toEqual([]);
    expect(
      found(
        'Met vriendelijke groet, namens Groen & Co',
        { locale: 'nl', channel: 'letter' },
        ...codes,
      ),
    ).toEqual([]);
    expect(
      found('Bedank voor het aanbod, thx', { locale: 'nl', channel: 'phone' }, ...codes),
    ).toEqual([]);
  });
});
