import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../content/ids.ts';
import type { Finding } from '../types.ts';
import { goodDrafts } from './__fixtures__/drafts.ts';
import { lintCatalogue as catalogue, lintCodes, lintDocument, lintLetter } from './index.ts';

/** Each finding as a user would read it: how serious, which rule, the words it marks, the advice. */
function asUserSees(draft: string, findings: Finding[]): string {
  return findings
    .map((f) => {
      const marked = f.start === undefined ? '(whole text)' : `«${draft.slice(f.start, f.end)}»`;
      return `${f.severity} ${f.code} ${marked}\n  ${f.message}`;
    })
    .join('\n');
}

describe('lintLetter', () => {
  it.each([
    ['svEmail', 'sv', 'email'],
    ['svFormalLetter', 'sv', 'letter'],
    ['nlFormalEmail', 'nl', 'email'],
    ['nlInformalEmail', 'nl', 'email'],
    ['nlCallScript', 'nl', 'phone'],
  ] as const)('finds nothing wrong with a well-written draft (%s)', (key, locale, channel) => {
    expect(lintLetter(goodDrafts[key], { locale, channel })).toEqual([]);
  });

  it('tells a user what is wrong with a careless draft, most serious first, in Dutch', () => {
    const draft = `Hoi,

Ik overweeg om misschien niet te komen: de sfeer is slecht en jullie management is chaotisch. U begrijpt het vast. Om diverse redenen. Zie mijn ontslagmail.
mvg Jan :)
`;
    const findings = lintLetter(draft, { locale: 'nl', channel: 'email' });
    expect(asUserSees(draft, findings)).toMatchInlineSnapshot(`
      "error mixed-formality «jullie»
        ‘jullie’ is informeel, terwijl de tekst verder ‘u’ gebruikt. Kies één vorm: overal ‘u’ en ‘uw’.
      warning no-thanks (whole text)
        De tekst bedankt niet. Bedank voor het aanbod en voor de tijd die ze in je hebben gestoken.
      warning no-apology (whole text)
        De tekst bevat geen excuses. Bied je excuses aan voor het ongemak dat je besluit veroorzaakt.
      warning greeting-bare «Hoi,»
        ‘Hoi,’ zonder naam is onvolledig. Schrijf bijvoorbeeld ‘Geachte heer Jansen,’, ‘Geachte heer, mevrouw,’ of ‘Beste Anna,’.
      warning hedged-decision «Ik overweeg»
        ‘Ik overweeg’ klinkt alsof je nog twijfelt. Intrekken kun je niet terugdraaien: neem eerst een besluit en schrijf het dan ook zo op, bijvoorbeeld ‘Ik heb besloten mijn acceptatie in te trekken’.
      warning employer-criticism «is slecht»
        ‘is slecht’ is kritiek op de werkgever. Blijf kalm en respectvol, ook als dat de echte reden is; schrijf liever dat de omstandigheden niet bij je passen.
      warning employer-criticism «chaotisch»
        ‘chaotisch’ is kritiek op de werkgever. Blijf kalm en respectvol, ook als dat de echte reden is; schrijf liever dat de omstandigheden niet bij je passen.
      warning weak-excuse «Om diverse redenen»
        ‘Om diverse redenen’ is een vaag excuus, en de gids raadt vage of abstracte excuses af. Zeg kort en eerlijk waar het om gaat, bijvoorbeeld ‘De reden is dat ik een ander aanbod heb gekregen’ of ‘De reden is persoonlijk: mijn situatie is veranderd’.
      warning source-mistranslation «ontslagmail»
        ‘ontslagmail’: ontslag nemen doe je bij een baan waar je al werkt. Ben je nog niet begonnen? Schrijf dan ‘intrekking van mijn acceptatie’.
      warning text-abbreviation «mvg»
        ‘mvg’ is een afkorting die niet in een zakelijk bericht hoort. Schrijf het voluit: ‘Met vriendelijke groet’.
      info emoji «:)»
        ‘:)’ hoort in een chat, niet in dit bericht. Haal het weg."
    `);
  });

  it('reads a careless Swedish draft the same way', () => {
    const draft = `Bästa Karin

Jag funderar på att tacka nej. Ni har en giftig arbetskultur och jag vill tjäna 45 000 kr. Vill Du veta mer, hör av dig. Av olika skäl återkallar jag jobberbjudandet.
Mvh
Högaktningsfullt
`;
    const findings = lintLetter(draft, { locale: 'sv', channel: 'email' });
    expect(asUserSees(draft, findings)).toMatchInlineSnapshot(`
      "warning no-thanks (whole text)
        Texten tackar inte. Tacka för erbjudandet och för den tid de har lagt på dig.
      warning no-apology (whole text)
        Texten ber inte om ursäkt. Be om ursäkt för besväret som ditt beslut orsakar.
      warning hedged-decision «Jag funderar på att»
        ”Jag funderar på att” låter som om du inte har bestämt dig. När du väl har återkallat kan du inte ändra dig: bestäm dig först och skriv sedan beslutet som ett beslut, till exempel ”Jag har beslutat att återkalla mitt accepterande”.
      warning employer-criticism «giftig»
        ”giftig” är kritik mot arbetsgivaren. Håll tonen lugn och respektfull även om det är den verkliga anledningen; skriv hellre att villkoren inte passar dig.
      warning capitalised-du «Du»
        ”Du” med stor bokstav mitt i en mening uppfattas som ålderdomligt. Skriv ”du”.
      warning weak-excuse «Av olika skäl»
        ”Av olika skäl” är en vag ursäkt, och guiden avråder från svaga eller abstrakta ursäkter. Säg kort och ärligt vad det gäller, till exempel ”Skälet är att jag har fått ett annat erbjudande” eller ”Skälet är personligt: min situation har förändrats”.
      warning source-mistranslation «återkallar jag jobberbjudandet»
        ”återkallar jag jobberbjudandet”: så skriver arbetsgivaren som drar tillbaka sitt erbjudande. Skriv ”återkalla mitt accepterande” eller ”tacka nej i efterhand”.
      warning text-abbreviation «Mvh»
        ”Mvh” är en sms-förkortning. Skriv ut det: ”Med vänlig hälsning”.
      info greeting-not-endorsed «Bästa»
        ”Bästa” är vanligt, men en del läsare uppfattar det som stelt. Skriv ”Hej” och namnet, som passar i alla lägen: ”Hej Anna!” eller ”Hej Anna Svensson”.
      info reason-too-detailed «45 000 kr»
        ”45 000 kr” är en detalj som mottagaren inte behöver. Var ärlig om anledningen men ge inte för många detaljer: skriv hellre ”av hälsoskäl” eller ”lönen räcker inte för min situation”.
      info closing-dated «Högaktningsfullt»
        ”Högaktningsfullt” är ålderdomligt. Skriv ”Med vänlig hälsning”."
    `);
  });

  it('skips lines quoted from the employer’s own e-mail', () => {
    const reply = `${goodDrafts.svEmail}\n> Hej Åsa! Mvh Karin\n> Vi har en giftig kultur, haha.\n`;
    expect(lintLetter(reply, { locale: 'sv', channel: 'email' })).toEqual([]);
  });

  it('links every code to a section of the guide and words it in both languages', () => {
    for (const code of lintCodes) {
      const entry = catalogue[code];
      expect(sectionIds).toContain(entry.sectionId);
      for (const locale of ['sv', 'nl'] as const) {
        expect(
          entry.message[locale]({ found: 'x', suggestion: 'y', note: 'z', count: 2, limit: 1 }),
        ).toMatch(/\S/);
      }
    }
  });

  it('checks a generated document with the channel its kind implies', () => {
    const spoken = `${goodDrafts.nlCallScript}\nmvg`;
    expect(lintDocument({ kind: 'call-script', text: spoken }, { locale: 'nl' })).toEqual([]);
    expect(
      lintDocument({ kind: 'email', text: spoken }, { locale: 'nl' }).map((f) => f.code),
    ).toContain('text-abbreviation');
  });

  it('says what to pass when called with the wrong arguments from plain JavaScript', () => {
    expect(() => lintLetter('Hej', { locale: 'en' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: lintLetter: options.locale must be 'sv' or 'nl', or left out to guess it, got 'en'.]`,
    );
    expect(() =>
      lintLetter(undefined as never, { locale: 'sv' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: lintLetter: the draft must be a string, got undefined.]`,
    );
  });
});
