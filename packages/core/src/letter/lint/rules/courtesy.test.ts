import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';

const codes = ['no-thanks', 'no-apology'];

describe('thanks and apology', () => {
  it.each([
    ['sv', 'Tack för erbjudandet. Jag ber om ursäkt för besväret.'],
    ['sv', 'Jag är tacksam för förtroendet och beklagar verkligen det här.'],
    ['sv', 'Jag vill tacka dig för din tid. Förlåt för strulet.'],
    ['nl', 'Hartelijk dank voor het aanbod. Mijn excuses voor het ongemak.'],
    ['nl', 'Bedankt voor je tijd. Het spijt me echt.'],
    ['nl', 'Ik ben u dankbaar voor het vertrouwen en verontschuldig mij voor het ongemak.'],
    ['nl', 'Nogmaals dank voor uw vertrouwen. Het spijt me van het ongemak.'],
    ['nl', 'Dank je wel voor je tijd, en sorry voor de moeite.'],
    ['nl', 'Dankjewel voor de fijne gesprekken. Sorry dat ik je hiermee overval.'],
    ['sv', 'Tack så mycket för att du tog dig tid. Jag ber om ursäkt för strulet.'],
    ['sv', 'Tusen tack för förtroendet, och förlåt för besväret.'],
    ['sv', 'Jag är tacksam för chansen och ledsen över att behöva göra så här.'],
  ] as const)('are found in their usual wordings (%s: %s)', (locale, text) => {
    expect(found(text, { locale }, ...codes)).toEqual([]);
  });

  it('does not take Swedish "tacka nej" (decline) for thanks', () => {
    expect(found('Jag måste tacka nej. Förlåt.', { locale: 'sv' }, ...codes)).toEqual([
      ['no-thanks', ''],
    ]);
  });

  it.each([
    ['sv', 'Jag återkallar mitt accepterande.'],
    ['nl', 'Ik trek mijn acceptatie in.'],
  ] as const)('are both missed in a bare decision (%s)', (locale, text) => {
    expect(found(text, { locale }, ...codes)).toEqual([
      ['no-thanks', ''],
      ['no-apology', ''],
    ]);
  });
});
