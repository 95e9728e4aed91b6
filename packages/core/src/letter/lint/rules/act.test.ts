import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';
import { lintLetter } from '../index.ts';

const codes = ['withdrawn-application', 'resignation', 'no-decision', 'harmed-word-order'];

describe('the wrong act', () => {
  it.each([
    ['nl', 'Hierbij trek ik mijn sollicitatie in.', 'trek ik mijn sollicitatie in'],
    ['nl', 'Ik wil mijn sollicitatie intrekken.', 'sollicitatie intrekken'],
    ['nl', 'Ik heb besloten mijn sollicitatie in te trekken.', 'sollicitatie in te trekken'],
    ['nl', 'Mijn sollicitatie is ingetrokken.', 'sollicitatie is ingetrokken'],
    ['sv', 'Jag drar härmed tillbaka min ansökan.', 'drar härmed tillbaka min ansökan'],
    ['sv', 'Jag återkallar min ansökan.', 'återkallar min ansökan'],
  ] as const)('withdrawing an application is not a decision (%s: %s)', (locale, text, words) => {
    expect(found(text, { locale }, ...codes)).toEqual([
      ['no-decision', ''],
      ['withdrawn-application', words],
    ]);
  });

  it.each([
    ['sv', 'Jag säger härmed upp mig och tackar nej till tjänsten.', 'säger härmed upp mig'],
    ['sv', 'Jag lämnar in min uppsägning och tackar nej.', 'lämnar in min uppsägning'],
  ] as const)('resigning before the start is flagged (%s: %s)', (locale, text, words) => {
    expect(found(text, { locale }, ...codes)).toEqual([['resignation', words]]);
  });

  it('leaves ending a signed contract alone: that is the law’s own word', () => {
    expect(
      found(
        'Jag återkallar mitt accepterande, och om vi inte kommer överens säger jag härmed upp anställningsavtalet.',
        { locale: 'sv' },
        ...codes,
      ),
    ).toEqual([]);
    expect(
      found(
        'Ik trek mijn acceptatie in en zeg de arbeidsovereenkomst op met inachtneming van de opzegtermijn.',
        { locale: 'nl' },
        ...codes,
      ),
    ).toEqual([]);
  });
});

describe('"härmed" word order', () => {
  it.each([
    [
      'Jag härmed återkallar mitt accepterande.',
      'Jag härmed återkallar',
      '”Jag återkallar härmed”',
    ],
    [
      'Tack. Härmed jag återkallar mitt accepterande.',
      'Härmed jag återkallar',
      '”Jag återkallar härmed”',
    ],
  ])('is flagged at a sentence start: %s', (text, words, suggestion) => {
    expect(found(text, { locale: 'sv' }, 'harmed-word-order')).toEqual([
      ['harmed-word-order', words],
    ]);
    const [finding] = lintLetter(text, { locale: 'sv' }).filter(
      (f) => f.code === 'harmed-word-order',
    );
    expect(finding?.message).toContain(suggestion);
  });

  it.each([
    'Jag återkallar härmed mitt accepterande.',
    'Härmed återkallar jag mitt accepterande.',
    'Jag vill meddela att jag härmed återkallar mitt accepterande.',
  ])('is accepted in the right order: %s', (text) => {
    expect(found(text, { locale: 'sv' }, 'harmed-word-order')).toEqual([]);
  });
});
