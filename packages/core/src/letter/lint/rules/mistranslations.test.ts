import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';
import { lintLetter } from '../index.ts';

const marked = (locale: 'sv' | 'nl', text: string) =>
  found(text, { locale }, 'source-mistranslation').map(([, words]) => words);

describe('the source articles’ mistranslations', () => {
  it.each([
    ['nl', 'Hierbij mijn ontslagbrief.', 'ontslagbrief'],
    ['nl', 'Ik schrijf deze e-mail om een baan aan te nemen.', 'e-mail om een baan aan te nemen'],
    ['nl', 'Begrijp dat als je Nog te doen hebt, het lastig wordt.', 'als je Nog te doen hebt'],
    ['nl', 'Ik heb een back-up abonnement.', 'back-up abonnement'],
    ['nl', 'Mijn financiële voorwaarde is zwak.', 'financiële voorwaarde'],
    ['nl', 'Vervind complexe situaties.', 'Vervind'],
    ['sv', 'Jag vill återkalla ett jobberbjudande.', 'återkalla ett jobberbjudande'],
    ['sv', 'Jag måste återkalla mitt antagande.', 'återkalla mitt antagande'],
  ] as const)('are flagged (%s: %s)', (locale, text, words) => {
    expect(marked(locale, text)).toEqual([words]);
  });

  it.each([
    ['nl', 'Ik trek mijn acceptatie in; de financiële voorwaarden waren duidelijk.'],
    ['nl', 'Ik heb inmiddels een andere baan aangenomen.'],
    ['sv', 'Jag återkallar mitt accepterande av erbjudandet.'],
    ['sv', 'Jag tackar nej i efterhand till jobbet.'],
  ] as const)('are not confused with the right words (%s: %s)', (locale, text) => {
    expect(marked(locale, text)).toEqual([]);
  });

  it('explains the error and points at the guide section it comes from', () => {
    expect(lintLetter('Zie mijn ontslagmail.', { locale: 'nl' })).toContainEqual({
      code: 'source-mistranslation',
      severity: 'warning',
      message:
        '‘ontslagmail’: ontslag nemen doe je bij een baan waar je al werkt. Ben je nog niet begonnen? Schrijf dan ‘intrekking van mijn acceptatie’.',
      sectionId: 'faq-quit-after-start',
      start: 9,
      end: 20,
    });
  });
});
