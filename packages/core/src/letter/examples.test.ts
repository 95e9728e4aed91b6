import { describe, expect, it } from 'vitest';
import { anna, daan } from './__fixtures__/answers.ts';
import { generateLetter } from './generate.ts';
import type { LetterInput } from './input.ts';

/** The documents as the person sees them: title, subject, then the text. */
function show(input: LetterInput): string {
  return generateLetter(input)
    .documents.map((doc) =>
      [`### ${doc.title}`, ...(doc.subject ? [`Subject: ${doc.subject}`] : []), '', doc.text].join(
        '\n',
      ),
    )
    .join('\n');
}

describe('Swedish', () => {
  it('writes a formal e-mail that runs on from "Hej Karin Holm," and gives notice ending before the start', () => {
    expect(
      show({ ...anna, acceptance: 'email', contractType: 'permanent', trialPeriod: 'no' }),
    ).toMatchInlineSnapshot(`
      "### E-post
      Subject: Återkallande av min accept – projektledare

      Hej Karin Holm,

      efter att ha tänkt igenom saken noga har jag beslutat att ta tillbaka min accept av tjänsten som projektledare hos Nordlys AB.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Tack för förtroendet och för all tid du har lagt på intervjuer och samtal med mig.

      Jag förstår att beskedet kommer olägligt och ber om ursäkt för det besvär det innebär. Jag hör av mig direkt nu när jag har bestämt mig, så att du får så mycket tid som möjligt att hitta någon annan före starten den 11 januari 2027.

      Eftersom jag redan har tackat ja till erbjudandet föreslår jag att vi avslutar anställningsavtalet genom en ömsesidig överenskommelse. Skulle vi inte komma överens säger jag härmed upp avtalet med en månads uppsägningstid, och min sista anställningsdag blir då den 21 december 2026. Jag ber dig att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.

      Jag hoppas att vi kan hålla kontakten, och jag hör gärna av mig igen om det dyker upp en möjlighet i framtiden.

      Med vänlig hälsning
      Anna Lindqvist
      070-123 45 67
      "
    `);
  });

  it('lays out a formal letter by SS 03 43 21, with an e-mail ahead that gives the same notice', () => {
    expect(show({ ...anna, channel: 'letter', contractSigned: true })).toMatchInlineSnapshot(`
      "### Brev
      Subject: Återkallande av mitt accepterande av tjänsten som projektledare

      Anna Lindqvist
      Storgatan 12
      123 45 Uppsala

      Uppsala 2026-11-21

      Nordlys AB
      Karin Holm
      Rekryteringsansvarig
      Box 301
      111 22 Stockholm

      Återkallande av mitt accepterande av tjänsten som projektledare

      Hej Karin Holm,

      efter att ha tänkt igenom saken noga har jag beslutat att ta tillbaka min accept av tjänsten som projektledare hos Nordlys AB.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Tack för förtroendet och för all tid du har lagt på intervjuer och samtal med mig.

      Jag förstår att beskedet kommer olägligt och ber om ursäkt för det besvär det innebär. Jag hör av mig direkt nu när jag har bestämt mig, så att du får så mycket tid som möjligt att hitta någon annan före starten den 11 januari 2027.

      Eftersom vi redan har skrivit under anställningsavtalet föreslår jag att vi avslutar det genom en ömsesidig överenskommelse. Skulle vi inte komma överens säger jag härmed upp avtalet med den uppsägningstid som gäller för det. Jag ber dig att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.

      Jag hoppas att vi kan hålla kontakten, och jag hör gärna av mig igen om det dyker upp en möjlighet i framtiden.

      Med vänlig hälsning


      Anna Lindqvist
      070-123 45 67
      anna.lindqvist@example.se

      ### E-post att skicka före brevet
      Subject: Återkallande av min accept – projektledare (brev följer)

      Hej Karin Holm,

      jag skickar i dag ett brev med posten, men eftersom det tar några dagar innan det kommer fram vill jag redan nu meddela att jag har beslutat att återkalla mitt accepterande av tjänsten som projektledare hos Nordlys AB.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Tack för förtroendet och för all tid du har lagt på intervjuer och samtal med mig.

      Jag förstår att beskedet kommer olägligt och ber om ursäkt för det besvär det innebär.

      Eftersom vi redan har skrivit under anställningsavtalet föreslår jag att vi avslutar det genom en ömsesidig överenskommelse. Skulle vi inte komma överens säger jag härmed upp avtalet med den uppsägningstid som gäller för det. Jag ber dig att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.

      Med vänlig hälsning
      Anna Lindqvist
      070-123 45 67
      "
    `);
  });

  it('writes an informal call script with an answer to a counter-offer, and ends a trial employment at once', () => {
    expect(
      show({
        ...anna,
        trialPeriod: 'yes',
        channel: 'phone',
        formality: 'informal',
        reason: 'compensation',
        counterOffer: true,
      }),
    ).toMatchInlineSnapshot(`
      "### Underlag för samtalet

      Inledning

      ”Hej, det är Anna Lindqvist! Har du en stund? Jag ringer om jobbet som projektledare.”

      Beslutet

      ”Jag har bestämt mig för att ta tillbaka min accept av jobbet.”

      Skälet

      ”Anledningen är att lönenivån inte fungerar för mig och min ekonomi just nu, och det är det som avgör.”

      Tack

      ”Stort tack för erbjudandet och för all tid du har lagt på mig under rekryteringen.”

      Ursäkt

      ”Jag vet att det här ställer till det för dig, och jag ber verkligen om ursäkt. Jag hör av mig direkt nu när jag har bestämt mig, så att du får så mycket tid som möjligt att hitta någon annan före starten den 11 januari 2027.”

      Avtalet

      ”Eftersom jag redan har tackat ja vill jag föreslå att vi kommer överens om att avsluta anställningen. Går inte det avbryter jag provanställningen direkt.”

      Om de lägger ett motbud

      ”Tack, det uppskattar jag verkligen. Men jag har tänkt igenom det noga, och mitt beslut står fast.”

      Hålla dörren öppen

      ”Jag hoppas att vi kan hålla kontakten, för jag skulle gärna jobba med er i framtiden.”

      Avslutning

      ”Jag skickar ett mejl i dag som bekräftar det vi har sagt. Tack igen för att du tog dig tid.”

      Skicka det bekräftande mejlet direkt efter samtalet, så att beslutet finns skriftligt.

      ### Bekräftande e-post
      Subject: Bekräftelse: återkallande av min accept – projektledare

      Hej Karin!

      Tack för samtalet i dag. Som jag berättade har jag beslutat att ta tillbaka min accept av jobbet som projektledare hos Nordlys AB, och här bekräftar jag det skriftligt.

      Anledningen är att lönenivån inte fungerar för mig och min ekonomi just nu, och det är det som avgör.

      Stort tack för erbjudandet och för all tid du har lagt på mig under rekryteringen.

      Jag vet att det här ställer till det för dig, och jag ber verkligen om ursäkt.

      Eftersom jag redan har tackat ja föreslår jag att vi kommer överens om att avsluta anställningen. Går inte det avbryter jag härmed provanställningen med omedelbar verkan. Bekräfta gärna skriftligt att du har fått det här beskedet och vilken dag anställningen upphör.

      Jag hoppas att vi kan hålla kontakten, för jag skulle gärna jobba med er i framtiden.

      Vänliga hälsningar
      Anna Lindqvist
      "
    `);
  });

  it('writes meeting notes to a company without a named reader, asking to end a fixed-term job by agreement', () => {
    expect(
      show({
        ...anna,
        contractType: 'fixed-term',
        earlyTerminationClause: false,
        channel: 'meeting',
        formality: 'informal',
        reason: 'personal',
        recipient: { company: 'Nordlys AB' },
        keepDoorOpen: false,
      }),
    ).toMatchInlineSnapshot(`
      "### Punkter inför mötet

      - Inledning: ”Tack för att du tar dig tid att träffa mig. Jag vill prata med dig om jobbet som projektledare.”
      - Beslutet: ”Jag har bestämt mig för att ta tillbaka min accept av jobbet.”
      - Skälet: ”Av personliga skäl har min situation förändrats sedan jag tackade ja, och jag kan tyvärr inte börja som planerat.”
      - Tack: ”Stort tack för erbjudandet och för all tid du har lagt på mig under rekryteringen.”
      - Ursäkt: ”Jag vet att det här ställer till det för dig, och jag ber verkligen om ursäkt. Jag hör av mig direkt nu när jag har bestämt mig, så att du får så mycket tid som möjligt att hitta någon annan före starten den 11 januari 2027.”
      - Avtalet: ”Eftersom jag redan har tackat ja vill jag föreslå att vi kommer överens om att avsluta anställningen. Anställningen är tidsbegränsad, så jag hoppas att du vill gå med på det.”
      - Avslutning: ”Jag skickar ett mejl i dag som bekräftar det vi har pratat om. Tack igen för att du tog dig tid.”

      Skicka det bekräftande mejlet direkt efter mötet, så att beslutet finns skriftligt.

      ### Bekräftande e-post
      Subject: Bekräftelse: återkallande av min accept – projektledare

      Hej!

      Tack för att ni tog er tid att träffa mig i dag. Som jag berättade har jag beslutat att ta tillbaka min accept av jobbet som projektledare hos Nordlys AB, och här bekräftar jag det skriftligt.

      Av personliga skäl har min situation förändrats sedan jag tackade ja, och jag kan tyvärr inte börja som planerat.

      Stort tack för erbjudandet och för all tid ni har lagt på mig under rekryteringen.

      Jag vet att det här ställer till det för er, och jag ber verkligen om ursäkt.

      Eftersom jag redan har tackat ja föreslår jag att vi kommer överens om att avsluta anställningen. Anställningen är tidsbegränsad, så jag hoppas att ni är med på det. Bekräfta gärna skriftligt att ni har fått det här beskedet, och säg vad ni tycker om mitt förslag.

      Jag önskar er all lycka framöver.

      Vänliga hälsningar
      Anna Lindqvist
      "
    `);
  });
});

describe('Dutch', () => {
  it('writes an informal e-mail with je throughout and "Beste Sanne,", with nothing to end when no contract came about', () => {
    expect(
      show({
        ...daan,
        acceptance: 'email',
        essentialsAgreed: 'no',
        channel: 'email',
        formality: 'informal',
        contractSigned: false,
        reason: 'conditions',
      }),
    ).toMatchInlineSnapshot(`
      "### E-mail
      Subject: Intrekking acceptatie functie projectleider

      Beste Sanne,

      Na veel wikken en wegen heb ik besloten om terug te komen op mijn aanvaarding van de baan als projectleider bij Polderdata B.V.

      Omdat de werkwijze in deze functie minder goed past bij wat ik nodig heb dan ik had verwacht, kies ik ervoor om niet te beginnen.

      Heel erg bedankt voor het aanbod en voor de moeite die je hebt genomen om mij te leren kennen.

      Het spijt me echt dat ik je hiermee in een lastige positie breng. Ik laat het je meteen weten nu mijn besluit vaststaat, zodat je voor de geplande start op 1 december 2026 zo veel mogelijk tijd hebt om iemand anders te vinden.

      Wie weet werken we in de toekomst alsnog samen; ik zou het leuk vinden om contact te houden.

      Hartelijke groet,
      Daan de Vries
      "
    `);
  });

  it('lays out a formal letter with "Geachte mevrouw Van der Berg," and gives notice to the end of a month', () => {
    expect(show({ ...daan, contractType: 'permanent', trialPeriod: 'no' })).toMatchInlineSnapshot(`
      "### Brief
      Subject: Intrekking van mijn acceptatie – functie projectleider

      Daan de Vries
      Oudegracht 200
      3511 NR Utrecht
      06-12345678
      daan@example.nl

      Polderdata B.V.
      T.a.v. mevrouw Sanne van der Berg
      HR-manager
      Stationsplein 1
      1012 AB Amsterdam

      Utrecht, 21 november 2026

      Onderwerp: Intrekking van mijn acceptatie – functie projectleider

      Geachte mevrouw Van der Berg,

      Na lang en zorgvuldig nadenken heb ik besloten om terug te komen op mijn aanvaarding van de functie van projectleider bij Polderdata B.V.

      Ik heb een ander aanbod aanvaard dat beter aansluit bij wat ik nu zoek. Ik wil daar open over zijn, ook al was het een moeilijke keuze.

      Ik dank u hartelijk voor het aanbod en voor de moeite die u heeft genomen om mij te leren kennen.

      Het spijt me dat ik u hiermee in een lastige positie breng, en ik bied mijn excuses aan voor het ongemak. Ik laat het u meteen weten nu mijn besluit vaststaat, zodat u voor de geplande start op 1 december 2026 zo veel mogelijk tijd heeft om iemand anders te vinden.

      Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Mocht dat niet lukken, dan zeg ik de arbeidsovereenkomst hierbij op tegen 31 december 2026, met inachtneming van de opzegtermijn van één maand. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Ik zou het op prijs stellen om contact te houden; wie weet werken we in de toekomst alsnog samen.

      Met vriendelijke groet,


      Daan de Vries

      ### E-mail vooraf
      Subject: Intrekking acceptatie functie projectleider (brief volgt)

      Geachte mevrouw Van der Berg,

      Vandaag stuur ik u een brief per post, maar omdat die er een paar dagen over doet, laat ik u nu al weten dat ik heb besloten mijn acceptatie van de functie van projectleider bij Polderdata B.V. in te trekken.

      Ik heb een ander aanbod aanvaard dat beter aansluit bij wat ik nu zoek. Ik wil daar open over zijn, ook al was het een moeilijke keuze.

      Ik dank u hartelijk voor het aanbod en voor de moeite die u heeft genomen om mij te leren kennen.

      Het spijt me dat ik u hiermee in een lastige positie breng, en ik bied mijn excuses aan voor het ongemak.

      Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Mocht dat niet lukken, dan zeg ik de arbeidsovereenkomst hierbij op tegen 31 december 2026, met inachtneming van de opzegtermijn van één maand. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Met vriendelijke groet,
      Daan de Vries
      06-12345678
      "
    `);
  });

  it('writes a formal call script to an unnamed recipient, with u throughout', () => {
    expect(
      show({
        ...daan,
        channel: 'phone',
        recipient: { company: 'Polderdata B.V.' },
        reason: 'career',
      }),
    ).toMatchInlineSnapshot(`
      "### Belscript

      Opening

      ‘Goedendag, u spreekt met Daan de Vries. Heeft u even tijd? Ik bel over de functie van projectleider.’

      Het besluit

      ‘Ik heb helaas besloten mijn acceptatie van de functie in te trekken.’

      De reden

      ‘Omdat de functie mij niet brengt waar ik in mijn loopbaan naartoe wil, zou het niet eerlijk zijn om toch te beginnen.’

      Bedanken

      ‘Ik dank u hartelijk voor het aanbod en voor de moeite die u heeft genomen om mij te leren kennen.’

      Excuses

      ‘Het spijt me dat ik u hiermee in een lastige positie breng, en ik bied mijn excuses aan voor het ongemak. Ik laat het u meteen weten nu mijn besluit vaststaat, zodat u voor de geplande start op 1 december 2026 zo veel mogelijk tijd heeft om iemand anders te vinden.’

      Het contract

      ‘Ik stel voor dat we de arbeidsovereenkomst in onderling overleg beëindigen. Lukt dat niet, dan zeg ik de overeenkomst op met de opzegtermijn die daarvoor geldt.’

      De deur openhouden

      ‘Ik zou het op prijs stellen om contact te houden; wie weet werken we in de toekomst alsnog samen.’

      Afsluiting

      ‘Ik stuur u vandaag nog een e-mail om dit te bevestigen. Nogmaals dank voor uw tijd.’

      Stuur direct na het telefoongesprek de bevestigende e-mail, zodat het besluit ook schriftelijk vastligt.

      ### Bevestiging per e-mail
      Subject: Bevestiging: intrekking acceptatie functie projectleider

      Geachte heer, mevrouw,

      Dank u wel voor het telefoongesprek van vandaag. Zoals ik al vertelde, heb ik besloten mijn acceptatie van de functie van projectleider bij Polderdata B.V. in te trekken. Met deze e-mail bevestig ik dat schriftelijk.

      Omdat de functie mij niet brengt waar ik in mijn loopbaan naartoe wil, zou het niet eerlijk zijn om toch te beginnen.

      Ik dank u hartelijk voor het aanbod en voor de moeite die u heeft genomen om mij te leren kennen.

      Het spijt me dat ik u hiermee in een lastige positie breng, en ik bied mijn excuses aan voor het ongemak.

      Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Mocht dat niet lukken, dan zeg ik de arbeidsovereenkomst hierbij op met inachtneming van de geldende opzegtermijn. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Ik zou het op prijs stellen om contact te houden; wie weet werken we in de toekomst alsnog samen.

      Met vriendelijke groet,
      Daan de Vries
      06-12345678
      "
    `);
  });

  it('writes informal meeting notes and the confirming e-mail with the reason in the user’s own words, ending a contract if one came about', () => {
    expect(
      show({
        ...daan,
        channel: 'meeting',
        formality: 'informal',
        reason: 'personal',
        reasonDetail:
          'Mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari',
        contractSigned: false,
      }),
    ).toMatchInlineSnapshot(`
      "### Punten voor het gesprek

      - Opening: ‘Fijn dat je tijd voor me hebt gemaakt. Ik wil het graag met je hebben over de baan als projectleider.’
      - Het besluit: ‘Ik heb besloten om terug te komen op mijn aanvaarding van de baan.’
      - De reden: ‘Omdat mijn persoonlijke situatie is veranderd, kan ik helaas niet beginnen zoals gepland. Mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari.’
      - Bedanken: ‘Heel erg bedankt voor het aanbod en voor de moeite die je hebt genomen om mij te leren kennen.’
      - Excuses: ‘Het spijt me echt dat ik je hiermee in een lastige positie breng. Ik laat het je meteen weten nu mijn besluit vaststaat, zodat je voor de geplande start op 1 december 2026 zo veel mogelijk tijd hebt om iemand anders te vinden.’
      - Het contract: ‘Als er al een contract is, stel ik voor dat we het in onderling overleg beëindigen. Lukt dat niet, dan zeg ik het contract op met de opzegtermijn die daarvoor geldt.’
      - De deur openhouden: ‘Wie weet werken we in de toekomst alsnog samen; ik zou het leuk vinden om contact te houden.’
      - Afsluiting: ‘Ik stuur je vandaag nog een e-mail om dit te bevestigen. Nogmaals bedankt voor je tijd.’

      Stuur direct na het gesprek de bevestigende e-mail, zodat het besluit ook schriftelijk vastligt.

      ### Bevestiging per e-mail
      Subject: Bevestiging: intrekking acceptatie functie projectleider

      Beste Sanne,

      Bedankt dat je vandaag tijd voor me maakte. Zoals ik al vertelde, heb ik besloten mijn acceptatie van de baan als projectleider bij Polderdata B.V. in te trekken. Met deze e-mail bevestig ik dat schriftelijk.

      Omdat mijn persoonlijke situatie is veranderd, kan ik helaas niet beginnen zoals gepland. Mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari.

      Heel erg bedankt voor het aanbod en voor de moeite die je hebt genomen om mij te leren kennen.

      Het spijt me echt dat ik je hiermee in een lastige positie breng.

      Als er door mijn acceptatie al een contract tot stand is gekomen, stel ik voor dat we het in onderling overleg beëindigen. Lukt dat niet, dan zeg ik het hierbij op met de opzegtermijn die daarvoor geldt. Wil je de ontvangst van dit bericht en de einddatum van het contract schriftelijk bevestigen?

      Wie weet werken we in de toekomst alsnog samen; ik zou het leuk vinden om contact te houden.

      Hartelijke groet,
      Daan de Vries
      "
    `);
  });
});
