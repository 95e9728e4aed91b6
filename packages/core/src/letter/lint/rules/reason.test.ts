import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';
import { lintLetter } from '../index.ts';

const codes = ['no-reason', 'weak-excuse', 'reason-too-detailed'];

describe('the reason', () => {
  it.each([
    ['sv', 'Jag tackar nej eftersom jag har fått ett annat erbjudande.'],
    ['sv', 'Skälet är personligt: min situation har förändrats.'],
    ['sv', 'Jag har insett att rollen inte ligger i linje med mina karriärmål.'],
    ['sv', 'Lönen räcker tyvärr inte för mig.'],
    ['nl', 'Ik trek mijn acceptatie in omdat ik een ander aanbod heb aangenomen.'],
    ['nl', 'De reden is persoonlijk.'],
    ['nl', 'Bij nader inzien past het salaris niet bij mijn situatie.'],
    ['nl', 'Ik heb een aanbod gekregen van een bedrijf dichter bij huis.'],
    ['sv', 'Jag har fått ett erbjudande från ett företag närmare hemmet.'],
  ] as const)('is found, whether introduced or just stated (%s: %s)', (locale, text) => {
    expect(found(text, { locale }, ...codes)).toEqual([]);
  });

  it.each([
    ['sv', 'Jag återkallar mitt accepterande. Tack och förlåt.'],
    ['nl', 'Ik trek mijn acceptatie in. Bedankt en sorry.'],
  ] as const)('is missed when there is none (%s)', (locale, text) => {
    expect(found(text, { locale }, ...codes)).toEqual([['no-reason', '']]);
  });

  it.each([
    ['sv', 'Av olika skäl tackar jag nej.', 'Av olika skäl'],
    ['sv', 'Det känns inte rätt, så jag tackar nej.', 'Det känns inte rätt'],
    ['nl', 'Om diverse redenen trek ik mijn acceptatie in.', 'Om diverse redenen'],
    ['nl', 'Er is iets tussengekomen.', 'Er is iets tussengekomen'],
  ] as const)(
    'is weak when vague, said once: the weak excuse, not also a missing reason (%s: %s)',
    (locale, text, words) => {
      expect(found(text, { locale }, ...codes)).toEqual([['weak-excuse', words]]);
    },
  );

  it.each([
    ['sv', 'Lönen var 38 000 kr i månaden, och jag behöver 45 000 kr.', ['38 000 kr', '45 000 kr']],
    ['sv', 'Jag har fått en diagnos som gör att jag inte kan börja.', ['diagnos']],
    ['nl', 'Het salaris was € 3.200 en ik wil 20% meer.', ['€ 3.200', '20%']],
    ['nl', 'Door mijn zwangerschap kan ik niet beginnen, dat is de reden.', ['zwangerschap']],
  ] as const)(
    'is too detailed with figures or medical and family facts (%s: %s)',
    (locale, text, words) => {
      expect(found(text, { locale }, 'reason-too-detailed').map(([, marked]) => marked)).toEqual(
        words,
      );
    },
  );

  it('is too long when its paragraph turns into a story', () => {
    const story = `Jag återkallar mitt accepterande eftersom ${'min situation har förändrats på flera sätt och '.repeat(12)}det går inte.`;
    const text = `Hej Karin!\n\n${story}\n\nTack och förlåt.\n`;
    const [finding] = found(text, { locale: 'sv' }, 'reason-too-long');
    expect(finding).toEqual(['reason-too-long', story]);
    expect(
      found('Jag tackar nej eftersom lönen är för låg.', { locale: 'sv' }, 'reason-too-long'),
    ).toEqual([]);
  });

  it.each([
    [
      'sv',
      'Jag har tänkt mycket på rollen sedan vi sågs och kom till slut fram till att den inte är rätt för mig. Därför återkallar jag mitt accepterande av tjänsten.',
    ],
    [
      'sv',
      'Jag återkallar härmed mitt accepterande av tjänsten som projektledare. Under helgen insåg jag till slut att jag inte vill lämna mitt nuvarande team mitt i ett projekt.',
    ],
    [
      'sv',
      'Jag har nu insett att jag inte vill byta bransch just nu och tackar därför nej till tjänsten i efterhand.',
    ],
    [
      'nl',
      'Na ons laatste gesprek realiseerde ik mij dat ik nog niet toe ben aan een leidinggevende rol. Daarom trek ik mijn acceptatie van de functie in.',
    ],
    [
      'nl',
      'Na lang nadenken kwam ik tot de conclusie dat ik mijn huidige werk nog niet wil loslaten. Daarom trek ik mijn acceptatie van de functie in.',
    ],
    [
      'nl',
      'De afgelopen week heb ik gemerkt dat ik mijn huidige team niet wil verlaten. Daarom kom ik terug op mijn aanvaarding van de functie.',
    ],
  ] as const)('is found when the writer says how they came to see it (%s: %s)', (locale, body) => {
    const draft =
      locale === 'sv'
        ? `Hej Karin!\n\n${body}\n\nTack för förtroendet, och förlåt för besväret.\n\nMed vänlig hälsning\nÅsa\n`
        : `Geachte mevrouw Bakker,\n\n${body}\n\nHartelijk dank voor het aanbod. Het spijt me dat ik u hiermee in een lastige positie breng.\n\nMet vriendelijke groet,\nSanne de Vries\n`;
    expect(lintLetter(draft, { locale, channel: 'email' })).toEqual([]);
  });
});
