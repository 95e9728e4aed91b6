import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';

const codes = ['no-decision', 'hedged-decision'];

describe('the decision', () => {
  it.each([
    ['sv', 'Jag återkallar härmed mitt accepterande av tjänsten.'],
    ['sv', 'Jag har bestämt mig för att ta tillbaka min accept.'],
    ['sv', 'Tyvärr måste jag tacka nej i efterhand.'],
    ['sv', 'Jag kommer inte att tillträda tjänsten.'],
    ['nl', 'Hierbij trek ik mijn acceptatie van de functie in.'],
    [
      'nl',
      'Hierbij trek ik mijn acceptatie van de functie van projectleider bij Polderdata B.V. in.',
    ],
    ['nl', 'Ik heb besloten mijn acceptatie in te trekken.'],
    ['nl', 'Ik kom graag terug op mijn aanvaarding van de baan.'],
    ['nl', 'Ik zie helaas af van de functie.'],
    ['nl', 'Ik zal toch niet bij u in dienst treden.'],
    ['nl', 'Helaas moet ik u laten weten dat ik toch niet bij u kom werken.'],
    ['nl', 'Ik wil de functie toch niet aannemen.'],
    ['sv', 'Jag vill tyvärr inte ta tjänsten ändå.'],
    ['sv', 'Jag börjar inte hos er i januari.'],
  ] as const)('is found when stated plainly (%s: %s)', (locale, text) => {
    expect(found(text, { locale }, ...codes)).toEqual([]);
  });

  it.each([
    ['sv', 'Tack för erbjudandet. Jag har haft mycket att tänka på den senaste tiden.'],
    ['nl', 'Bedankt voor het aanbod. Ik heb de afgelopen tijd veel nagedacht.'],
  ] as const)('is missed when the text never says it (%s)', (locale, text) => {
    expect(found(text, { locale }, ...codes)).toEqual([['no-decision', '']]);
  });

  it.each([
    ['sv', 'Jag funderar på att återkalla mitt accepterande.', 'Jag funderar på att'],
    ['sv', 'Jag vet inte om jag kan börja, så jag tackar nej.', 'Jag vet inte om jag'],
    ['nl', 'Ik overweeg mijn acceptatie in te trekken.', 'Ik overweeg'],
    ['nl', 'Ik twijfel of ik mijn acceptatie moet intrekken.', 'Ik twijfel of'],
  ] as const)('is flagged when hedged (%s: %s)', (locale, text, words) => {
    expect(found(text, { locale }, ...codes)).toEqual([['hedged-decision', words]]);
  });

  it('does not take "after long thought" for a hedge', () => {
    expect(
      found(
        'Efter mycket funderande har jag bestämt mig för att tacka nej.',
        { locale: 'sv' },
        ...codes,
      ),
    ).toEqual([]);
    expect(
      found('Na lang wikken en wegen trek ik mijn acceptatie in.', { locale: 'nl' }, ...codes),
    ).toEqual([]);
  });
});

describe('when the decision comes', () => {
  const late = {
    sv: 'Hej Karin!\n\nTack för allt. Jag har tänkt mycket på min karriär och mina mål under hösten, och på vad jag vill göra de närmaste åren. Därför återkallar jag mitt accepterande.\n\nMed vänlig hälsning\nÅsa',
    nl: 'Beste Anna,\n\nBedankt voor alles. Ik heb deze herfst veel nagedacht over mijn loopbaan en over wat ik de komende jaren wil doen. Daarom trek ik mijn acceptatie in.\n\nHartelijke groet,\nSanne',
  } as const;

  it.each(['sv', 'nl'] as const)('is flagged when it comes only at the end (%s)', (locale) => {
    expect(found(late[locale], { locale }, 'decision-late')).toHaveLength(1);
  });

  it('is early in a letter whose address blocks come first', () => {
    const letter = `Åsa Öberg\nStorgatan 1\n111 22 Stockholm\n\n2026-11-21\n\nAcme AB\nKarin Lind\nBox 1\n222 33 Malmö\n\nÅterkallande av mitt accepterande\n\nHej Karin!\n\nJag återkallar mitt accepterande av tjänsten. Skälet är personligt. Tack för allt, och förlåt för besväret.\n\nMed vänlig hälsning\nÅsa Öberg\n`;
    expect(found(letter, { locale: 'sv' }, 'decision-late')).toEqual([]);
  });
});
