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
      Subject: Återkallande av mitt accepterande – projektledare

      Hej Karin Holm

      Den 2 november 2026 tackade jag ja till erbjudandet om tjänsten som projektledare hos Nordlys. Jag skriver nu för att meddela att jag har beslutat att återkalla mitt accepterande.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Jag är tacksam för erbjudandet och för den tid du och dina kollegor har lagt på mig under rekryteringen.

      Jag förstår att beskedet kommer olägligt och ber om ursäkt för det besvär det innebär. Jag ville höra av mig så snart jag hade bestämt mig, så att du får så mycket tid som möjligt att hitta någon annan före starten den 11 januari 2027.

      Eftersom jag redan har tackat ja till erbjudandet föreslår jag att vi avslutar anställningsavtalet genom en ömsesidig överenskommelse. Skulle vi inte komma överens säger jag härmed upp avtalet med en månads uppsägningstid, och min sista anställningsdag blir då den 21 december 2026. Jag ber dig att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.

      Jag har uppskattat kontakten med Nordlys och hoppas att våra vägar korsas igen längre fram.

      Med vänlig hälsning
      Anna Lindqvist
      070-123 45 67
      "
    `);
  });

  it('lays out a formal letter by SS 03 43 21, with an e-mail ahead that gives the same notice', () => {
    expect(show({ ...anna, channel: 'letter', contractSigned: true })).toMatchInlineSnapshot(`
      "### Brev
      Subject: Återkallande av mitt accepterande av erbjudandet om tjänsten som projektledare

      Anna Lindqvist
      Storgatan 12
      123 45 Uppsala

      Uppsala 2026-11-21

      Nordlys AB
      Karin Holm
      Rekryteringsansvarig
      Box 301
      111 22 Stockholm

      Återkallande av mitt accepterande av erbjudandet om tjänsten som projektledare

      Hej Karin Holm

      Den 2 november 2026 tackade jag ja till erbjudandet om tjänsten som projektledare hos Nordlys. Jag skriver nu för att meddela att jag har beslutat att återkalla mitt accepterande.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Jag är tacksam för erbjudandet och för den tid du och dina kollegor har lagt på mig under rekryteringen.

      Jag förstår att beskedet kommer olägligt och ber om ursäkt för det besvär det innebär. Jag ville höra av mig så snart jag hade bestämt mig, så att du får så mycket tid som möjligt att hitta någon annan före starten den 11 januari 2027.

      Eftersom vi redan har skrivit under anställningsavtalet föreslår jag att vi avslutar det genom en ömsesidig överenskommelse. Skulle vi inte komma överens säger jag härmed upp avtalet med den uppsägningstid som gäller för det. Jag ber dig att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.

      Jag har uppskattat kontakten med Nordlys och hoppas att våra vägar korsas igen längre fram.

      Med vänlig hälsning


      Anna Lindqvist
      070-123 45 67
      anna.lindqvist@example.se

      ### E-post att skicka före brevet
      Subject: Återkallande av mitt accepterande – projektledare (brev följer)

      Hej Karin Holm

      Jag skickar i dag ett brev med posten, men eftersom det tar några dagar innan det kommer fram vill jag redan nu meddela att jag har beslutat att återkalla mitt accepterande av erbjudandet om tjänsten som projektledare hos Nordlys.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Jag är tacksam för erbjudandet och för den tid du och dina kollegor har lagt på mig under rekryteringen.

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

      ”Hej, det är Anna! Har du en stund? Det gäller jobbet som projektledare.”

      Beslutet

      ”Jag ringer för att berätta att jag tar tillbaka mitt ja och inte börjar hos er.”

      Skälet

      ”Det handlar om lönen. Jag har räknat på det, och den räcker inte för min situation just nu.”

      Tack

      ”Tack för erbjudandet. Och tack för all tid du har lagt på mig under rekryteringen.”

      Ursäkt

      ”Jag är ledsen för besväret det här ställer till med. Jag ville säga det så fort jag hade bestämt mig, så att ni får tid att hitta någon annan.”

      Avtalet

      ”Eftersom jag redan har tackat ja vill jag föreslå att vi kommer överens om att avsluta anställningen. Går inte det avbryter jag provanställningen direkt.”

      Om de lägger ett motbud

      ”Tack, det uppskattar jag verkligen. Men jag har tänkt igenom det noga, och mitt beslut står fast.”

      Hålla dörren öppen

      ”Jag skulle gärna hålla kontakten, om det går bra.”

      Avslutning

      ”Jag skickar ett mejl i dag som bekräftar det vi har sagt. Tack igen för att du tog dig tid.”

      Skicka det bekräftande mejlet direkt efter samtalet, så att beslutet finns skriftligt.

      ### Bekräftande e-post
      Subject: Bekräftelse av vårt samtal – projektledare

      Hej Karin!

      Tack för samtalet i dag. Som jag sa tar jag tillbaka mitt ja till erbjudandet om jobbet som projektledare hos Nordlys, och här bekräftar jag det skriftligt.

      Eftersom jag redan har tackat ja föreslår jag att vi kommer överens om att avsluta anställningen. Går inte det avbryter jag härmed provanställningen med omedelbar verkan. Bekräfta gärna skriftligt att du har fått det här beskedet och vilken dag anställningen upphör.

      Förlåt igen för strulet. Jag önskar dig och alla på Nordlys lycka till!

      Vänliga hälsningar
      Anna Lindqvist
      "
    `);
  });

  it('writes meeting notes three days before the start, asking to end a fixed-term job by agreement', () => {
    expect(
      show({
        ...anna,
        contractType: 'fixed-term',
        earlyTerminationClause: false,
        channel: 'meeting',
        formality: 'informal',
        reason: 'personal',
        recipient: { name: 'Eva Berg', company: 'Nordlys AB' },
        startDate: '2026-11-24',
        acceptedOn: undefined,
        keepDoorOpen: false,
      }),
    ).toMatchInlineSnapshot(`
      "### Punkter inför mötet

      - Inledning: ”Tack för att du tar dig tid att träffa mig. Jag vill prata med dig om jobbet som projektledare.”
      - Beslutet: ”Jag vill berätta att jag tar tillbaka mitt ja och inte börjar hos er.”
      - Skälet: ”Det är av personliga skäl. Min situation har förändrats, och jag kan inte börja som planerat.”
      - Tack: ”Tack för erbjudandet. Och tack för all tid du har lagt på mig under rekryteringen.”
      - Ursäkt: ”Jag vet att det här kommer väldigt sent och ställer till det för er. Det är jag verkligen ledsen för.”
      - Avtalet: ”Eftersom jag redan har tackat ja vill jag föreslå att vi kommer överens om att avsluta anställningen. Anställningen är tidsbegränsad, så jag hoppas att du vill gå med på det.”
      - Avslutning: ”Jag skickar ett mejl i dag som bekräftar det vi har pratat om. Tack igen för att du tog dig tid.”

      Skicka det bekräftande mejlet direkt efter mötet, så att beslutet finns skriftligt.

      ### Bekräftande e-post
      Subject: Bekräftelse av vårt samtal – projektledare

      Hej Eva!

      Tack för att du tog dig tid att träffa mig i dag. Som jag sa tar jag tillbaka mitt ja till erbjudandet om jobbet som projektledare hos Nordlys, och här bekräftar jag det skriftligt.

      Eftersom jag redan har tackat ja föreslår jag att vi kommer överens om att avsluta anställningen. Anställningen är tidsbegränsad, så jag hoppas att du är med på det. Bekräfta gärna skriftligt att du har fått det här beskedet, och säg vad du tycker om mitt förslag.

      Förlåt igen för strulet. Jag önskar dig och alla på Nordlys lycka till!

      Vänliga hälsningar
      Anna Lindqvist
      "
    `);
  });
});

describe('close to the start, and incomplete answers', () => {
  it('apologises for the lateness three days before the start, instead of promising time', () => {
    expect(
      show({ ...anna, startDate: '2026-11-24', acceptedOn: undefined }),
    ).toMatchInlineSnapshot(`
      "### E-post
      Subject: Återkallande av mitt accepterande – projektledare

      Hej Karin Holm

      Jag skriver för att meddela att jag har beslutat att återkalla mitt accepterande av erbjudandet om tjänsten som projektledare hos Nordlys.

      Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.

      Jag är tacksam för erbjudandet och för den tid du och dina kollegor har lagt på mig under rekryteringen.

      Jag ber om ursäkt för att beskedet kommer så sent, bara tre dagar före starten den 24 november 2026, och för det besvär det orsakar dig.

      Eftersom jag redan har tackat ja till erbjudandet föreslår jag att vi avslutar anställningsavtalet genom en ömsesidig överenskommelse. Skulle vi inte komma överens säger jag härmed upp avtalet med den uppsägningstid som gäller för det. Jag ber dig att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.

      Jag har uppskattat kontakten med Nordlys och hoppas att våra vägar korsas igen längre fram.

      Med vänlig hälsning
      Anna Lindqvist
      070-123 45 67
      "
    `);
  });

  it('leaves visible placeholders in a Dutch letter without addresses, on the day of the start', () => {
    expect(
      show({
        ...daan,
        applicant: { name: 'Daan de Vries' },
        recipient: { name: 'van der Berg', salutation: 'ms', company: 'Polderdata B.V.' },
        startDate: '2026-11-21',
        contractSigned: false,
        place: undefined,
      }),
    ).toMatchInlineSnapshot(`
      "### Brief
      Subject: Intrekking van mijn acceptatie – functie projectleider

      Daan de Vries
      [Adres afzender]

      Polderdata B.V.
      T.a.v. mevrouw Van der Berg
      [Adres van het bedrijf]

      21 november 2026

      Betreft: Intrekking van mijn acceptatie – functie projectleider

      Geachte mevrouw Van der Berg,

      Met deze brief laat ik u weten dat ik heb besloten mijn acceptatie van uw aanbod voor de functie van projectleider bij Polderdata in te trekken.

      De reden is dat ik voor een ander aanbod heb gekozen. Ik wil daar liever eerlijk over zijn dan een andere verklaring te geven.

      Ik wil u hartelijk bedanken voor het aanbod en voor de tijd die u en uw collega’s in de sollicitatieprocedure hebben gestoken.

      Het spijt me dat dit bericht zo laat komt, op de dag dat ik zou beginnen. Ik bied u mijn excuses aan voor het ongemak dat dit veroorzaakt.

      Voor zover er met mijn aanvaarding al een arbeidsovereenkomst tot stand is gekomen, stel ik voor die in onderling overleg te beëindigen. Mocht dat niet lukken, dan zeg ik die hierbij op met inachtneming van de geldende opzegtermijn. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Ik heb veel waardering voor Polderdata en hoop dat onze wegen elkaar in de toekomst opnieuw kruisen.

      Met vriendelijke groet,


      Daan de Vries

      ### E-mail vooraf
      Subject: Intrekking acceptatie functie projectleider (brief volgt)

      Geachte mevrouw Van der Berg,

      Vandaag stuur ik u een brief per post, maar omdat die er een paar dagen over doet, laat ik u nu al weten dat ik heb besloten mijn acceptatie van uw aanbod voor de functie van projectleider bij Polderdata in te trekken.

      De reden is dat ik voor een ander aanbod heb gekozen. Ik wil daar liever eerlijk over zijn dan een andere verklaring te geven.

      Ik wil u hartelijk bedanken voor het aanbod en voor de tijd die u en uw collega’s in de sollicitatieprocedure hebben gestoken.

      Het spijt me dat dit bericht zo laat komt, op de dag dat ik zou beginnen. Ik bied u mijn excuses aan voor het ongemak dat dit veroorzaakt.

      Voor zover er met mijn aanvaarding al een arbeidsovereenkomst tot stand is gekomen, stel ik voor die in onderling overleg te beëindigen. Mocht dat niet lukken, dan zeg ik die hierbij op met inachtneming van de geldende opzegtermijn. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Met vriendelijke groet,
      Daan de Vries
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

      Ik wil je laten weten dat ik heb besloten mijn acceptatie van het aanbod voor de baan als projectleider bij Polderdata in te trekken.

      Ik ben tot de conclusie gekomen dat de manier van werken in deze functie minder goed aansluit bij mijn eigen behoeften dan ik eerst dacht.

      Bedankt voor het aanbod en voor de tijd die jij en je collega’s in de sollicitatieprocedure hebben gestoken.

      Ik besef dat dit bericht slecht uitkomt. Sorry voor het ongemak. Ik laat het je meteen weten nu mijn besluit vaststaat, zodat je voor de geplande start op 1 december 2026 zo veel mogelijk tijd hebt om iemand anders te vinden.

      Ik hoop echt dat onze wegen elkaar later nog eens kruisen, en ik houd graag contact.

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

      Betreft: Intrekking van mijn acceptatie – functie projectleider

      Geachte mevrouw Van der Berg,

      Met deze brief laat ik u weten dat ik heb besloten mijn acceptatie van uw aanbod voor de functie van projectleider bij Polderdata in te trekken.

      De reden is dat ik voor een ander aanbod heb gekozen. Ik wil daar liever eerlijk over zijn dan een andere verklaring te geven.

      Ik wil u hartelijk bedanken voor het aanbod en voor de tijd die u en uw collega’s in de sollicitatieprocedure hebben gestoken.

      Ik besef dat dit bericht ongelegen komt en bied mijn excuses aan voor het ongemak. Ik laat het u meteen weten nu mijn besluit vaststaat, zodat u voor de geplande start op 1 december 2026 zo veel mogelijk tijd heeft om iemand anders te vinden.

      Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Mocht dat niet lukken, dan zeg ik de arbeidsovereenkomst hierbij op tegen 31 december 2026, met inachtneming van de opzegtermijn van één maand. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Ik heb veel waardering voor Polderdata en hoop dat onze wegen elkaar in de toekomst opnieuw kruisen.

      Met vriendelijke groet,


      Daan de Vries

      ### E-mail vooraf
      Subject: Intrekking acceptatie functie projectleider (brief volgt)

      Geachte mevrouw Van der Berg,

      Vandaag stuur ik u een brief per post, maar omdat die er een paar dagen over doet, laat ik u nu al weten dat ik heb besloten mijn acceptatie van uw aanbod voor de functie van projectleider bij Polderdata in te trekken.

      De reden is dat ik voor een ander aanbod heb gekozen. Ik wil daar liever eerlijk over zijn dan een andere verklaring te geven.

      Ik wil u hartelijk bedanken voor het aanbod en voor de tijd die u en uw collega’s in de sollicitatieprocedure hebben gestoken.

      Ik besef dat dit bericht ongelegen komt en bied mijn excuses aan voor het ongemak.

      Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Mocht dat niet lukken, dan zeg ik de arbeidsovereenkomst hierbij op tegen 31 december 2026, met inachtneming van de opzegtermijn van één maand. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Met vriendelijke groet,
      Daan de Vries
      06-12345678
      "
    `);
  });

  it('writes a formal call script with u throughout, greeting a titled name without the title', () => {
    expect(
      show({
        ...daan,
        channel: 'phone',
        recipient: {
          name: 'dr. Pieter van den Broek',
          salutation: 'mr',
          company: 'Polderdata B.V.',
        },
        reason: 'career',
      }),
    ).toMatchInlineSnapshot(`
      "### Belscript

      Opening

      ‘Goedendag, met Daan de Vries. Heeft u even tijd? Ik bel over de functie van projectleider.’

      Het besluit

      ‘Ik heb helaas besloten mijn acceptatie in te trekken en toch niet bij u te beginnen.’

      De reden

      ‘Het gaat om mijn loopbaan. De functie past niet bij de richting die ik op wil.’

      Bedanken

      ‘Ik ben u echt dankbaar voor het aanbod en voor het vertrouwen.’

      Excuses

      ‘Ik besef dat dit vervelend is voor u, en dat spijt me. Ik wilde het u meteen laten weten, zodat u genoeg tijd heeft om iemand anders te vinden.’

      Het contract

      ‘Ik stel voor dat we de arbeidsovereenkomst in onderling overleg beëindigen. Lukt dat niet, dan zeg ik de overeenkomst op met de opzegtermijn die daarvoor geldt.’

      De deur openhouden

      ‘Ik hoop dat we elkaar later nog eens tegenkomen.’

      Afsluiting

      ‘Ik stuur u vandaag nog een e-mail ter bevestiging. Nogmaals dank voor uw tijd.’

      Stuur direct na het telefoongesprek de bevestigende e-mail, zodat het besluit ook schriftelijk vastligt.

      ### Bevestiging per e-mail
      Subject: Bevestiging: intrekking acceptatie functie projectleider

      Geachte heer Van den Broek,

      Dank u wel voor het telefoongesprek van vandaag. Zoals ik u vertelde, heb ik besloten mijn acceptatie van uw aanbod voor de functie van projectleider bij Polderdata in te trekken. Met deze e-mail bevestig ik dat.

      Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Mocht dat niet lukken, dan zeg ik de arbeidsovereenkomst hierbij op met inachtneming van de geldende opzegtermijn. Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?

      Nogmaals mijn excuses voor het ongemak. Ik wens u en uw collega’s veel succes.

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
        // Typed in lower case and without a stop: the letter makes it a sentence.
        reasonDetail:
          'mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari',
        contractSigned: false,
      }),
    ).toMatchInlineSnapshot(`
      "### Punten voor het gesprek

      - Opening: ‘Fijn dat je tijd voor me hebt gemaakt. Ik wil het graag met je hebben over de baan als projectleider.’
      - Het besluit: ‘Ik heb besloten mijn acceptatie in te trekken en toch niet bij jullie te beginnen.’
      - De reden: ‘Het heeft een persoonlijke reden. Mijn situatie is veranderd, en ik kan niet beginnen zoals gepland. Mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari.’
      - Bedanken: ‘Ik ben je echt dankbaar voor het aanbod en voor het vertrouwen.’
      - Excuses: ‘Sorry voor het ongemak. Ik weet dat dit vervelend is. Ik wilde het je meteen laten weten, zodat je genoeg tijd hebt om iemand anders te vinden.’
      - Het contract: ‘Als er al een contract is, stel ik voor dat we het in onderling overleg beëindigen. Lukt dat niet, dan zeg ik het contract op met de opzegtermijn die daarvoor geldt.’
      - De deur openhouden: ‘Ik hoop dat we contact houden.’
      - Afsluiting: ‘Ik stuur je vandaag nog een mailtje ter bevestiging. Nogmaals bedankt voor je tijd.’

      Stuur direct na het gesprek de bevestigende e-mail, zodat het besluit ook schriftelijk vastligt.

      ### Bevestiging per e-mail
      Subject: Bevestiging: intrekking acceptatie functie projectleider

      Beste Sanne,

      Bedankt dat je vandaag tijd voor me maakte. Zoals ik al zei, heb ik besloten mijn acceptatie van het aanbod voor de baan als projectleider bij Polderdata in te trekken. Met deze mail bevestig ik dat.

      Als er door mijn acceptatie al een contract tot stand is gekomen, stel ik voor dat we het in onderling overleg beëindigen. Lukt dat niet, dan zeg ik het hierbij op met de opzegtermijn die daarvoor geldt. Wil je de ontvangst van dit bericht en de einddatum van het contract schriftelijk bevestigen?

      Nogmaals sorry voor het ongemak, en veel succes!

      Hartelijke groet,
      Daan de Vries
      "
    `);
  });
});
