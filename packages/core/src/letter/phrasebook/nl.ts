import { formatLongDate } from '../dates.ts';
import { dutchSurname, firstName } from '../names.ts';
import { nlMonths } from '../position/nl-words.ts';
import type { EndingFacts } from '../position/types.ts';
import type { Phrasebook, PhraseContext } from './types.ts';

/**
 * Dutch. Formal is "u/uw" throughout, informal "je/jij/jouw" to a named person and "jullie" to a
 * company; never mixed (Taaladvies). The greeting matches the pronoun.
 */

type Register = 'u' | 'je' | 'jullie';

/**
 * Which pronoun the reader gets. Verbs agree with it, so each phrase switches on the register and
 * writes every wording whole rather than swapping pronouns. The switch builds only the chosen
 * wording and, unlike a table of functions, allocates nothing per call.
 */
function register(c: PhraseContext): Register {
  if (c.formality === 'formal') return 'u';
  return c.addressee === 'person' || c.medium === 'speech' ? 'je' : 'jullie';
}

const date = (iso: string) => formatLongDate('nl', iso);
const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);
const formal = (c: PhraseContext) => c.formality === 'formal';

/** "de functie van projectleider" in formal wording, "de baan als projectleider" otherwise. */
const role = (c: PhraseContext) =>
  formal(c) ? `de functie van ${c.position}` : `de baan als ${c.position}`;

function withDetail(sentence: string, c: PhraseContext): string {
  if (!c.reasonDetail) return sentence;
  const detail = /[.!?…]$/.test(c.reasonDetail) ? c.reasonDetail : `${c.reasonDetail}.`;
  return `${sentence} ${detail}`;
}

/** The confirming e-mail's thanks for the call or meeting it follows. */
function thanksForTalk(c: PhraseContext): string {
  const meeting = c.channel === 'meeting';
  switch (register(c)) {
    case 'u':
      return meeting
        ? 'Dank u wel dat u vandaag de tijd nam om met mij te praten.'
        : 'Dank u wel voor het telefoongesprek van vandaag.';
    case 'je':
      return meeting
        ? 'Bedankt dat je vandaag tijd voor me maakte.'
        : 'Bedankt voor het telefoongesprek van vandaag.';
    case 'jullie':
      return meeting
        ? 'Bedankt dat jullie vandaag tijd voor me maakten.'
        : 'Bedankt voor het telefoongesprek van vandaag.';
  }
}

/** The contract as the ending sentences name it: "die" when it may not exist yet, else by name. */
function contractWord(c: PhraseContext, e: EndingFacts): string {
  if (e.basis === 'if-bound') return formal(c) ? 'die' : 'het';
  return formal(c) ? 'de arbeidsovereenkomst' : 'het contract';
}

const noticeMonths = (e: EndingFacts) => nlMonths(e.noticeMonths ?? 1);
const lastDay = (e: EndingFacts) => (e.lastDay ? date(e.lastDay) : '');

function pick<T>(c: PhraseContext, key: string, options: readonly T[]): T {
  return options[c.pick(key, options.length)] as T;
}

const reasons: Record<PhraseContext['reason'], string[]> = {
  compensation: [
    'De reden is financieel: toen ik alles rustig op een rij zette, merkte ik dat het salaris niet past bij wat ik in mijn huidige situatie nodig heb.',
    'Ik doe dit omdat het salaris bij nader inzien niet past bij mijn financiële situatie.',
    'Na een eerlijke rekensom ben ik tot de conclusie gekomen dat het salaris niet toereikend is voor mijn situatie.',
  ],
  career: [
    'Ik ben tot de conclusie gekomen dat de functie niet goed aansluit bij de richting die ik met mijn loopbaan wil inslaan.',
    'De reden is dat deze rol niet goed past bij mijn doelen voor de komende jaren; dat merkte ik toen ik die goed op een rij zette.',
    'Omdat de functie mij niet brengt waar ik in mijn loopbaan naartoe wil, zou het niet eerlijk zijn om toch te beginnen.',
  ],
  'better-offer': [
    'Ik heb inmiddels een ander aanbod gekregen dat beter past bij mijn situatie, en na lang nadenken heb ik daarvoor gekozen. Dat was geen gemakkelijke beslissing.',
    'De reden is dat ik voor een ander aanbod heb gekozen. Ik wil daar liever eerlijk over zijn dan een andere verklaring te geven.',
    'Ik heb een ander aanbod aanvaard dat beter aansluit bij wat ik nu zoek. Ik wil daar open over zijn, ook al was het een moeilijke keuze.',
  ],
  conditions: [
    'De reden is dat de omstandigheden waarin ik zou werken niet goed passen bij wat ik zelf nodig heb; dat merkte ik toen ik goed nadacht over hoe mijn werkdagen eruit zouden zien.',
    'Ik ben tot de conclusie gekomen dat de manier van werken in deze functie minder goed aansluit bij mijn eigen behoeften dan ik eerst dacht.',
    'Omdat de werkwijze in deze functie minder goed past bij wat ik nodig heb dan ik had verwacht, kies ik ervoor om niet te beginnen.',
  ],
  personal: [
    'De reden is persoonlijk: mijn situatie is veranderd, waardoor ik niet meer kan beginnen zoals gepland.',
    'Vanwege een verandering in mijn persoonlijke omstandigheden kan ik helaas niet beginnen zoals we hadden afgesproken.',
    'Omdat mijn persoonlijke situatie is veranderd, kan ik helaas niet beginnen zoals gepland.',
  ],
};

export const nl: Phrasebook = {
  locale: 'nl',
  quote: (text) => `‘${text}’`,
  titles: {
    'withdrawal-email': 'E-mail',
    letter: 'Brief',
    'email-ahead': 'E-mail vooraf',
    'call-script': 'Belscript',
    'meeting-notes': 'Punten voor het gesprek',
    'confirming-email': 'Bevestiging per e-mail',
  },
  subjects: {
    'withdrawal-email': (c) => `Intrekking acceptatie functie ${c.position}`,
    letter: (c) => `Intrekking van mijn acceptatie – functie ${c.position}`,
    'email-ahead': (c) => `Intrekking acceptatie functie ${c.position} (brief volgt)`,
    'confirming-email': (c) => `Bevestiging: intrekking acceptatie functie ${c.position}`,
  },

  greeting(c) {
    const { name, salutation } = c.recipient;
    if (!formal(c)) {
      return {
        text: name ? `Beste ${firstName(name)},` : `Beste team van ${c.recipient.company},`,
        runsOn: false,
      };
    }
    if (!name) {
      // Without a name, the title alone when it is known; both when it is not.
      if (salutation === 'mr') return { text: 'Geachte heer,', runsOn: false };
      if (salutation === 'ms') return { text: 'Geachte mevrouw,', runsOn: false };
      return { text: 'Geachte heer, mevrouw,', runsOn: false };
    }
    // "Geachte heer De Vries,": with the title and without the first name, the particle takes a capital.
    if (salutation === 'mr') return { text: `Geachte heer ${dutchSurname(name)},`, runsOn: false };
    if (salutation === 'ms')
      return { text: `Geachte mevrouw ${dutchSurname(name)},`, runsOn: false };
    return { text: `Geachte ${name},`, runsOn: false };
  },

  paragraphs: {
    'ahead-intro': (c) => {
      switch (register(c)) {
        case 'u':
          return `Vandaag stuur ik u een brief per post, maar omdat die er een paar dagen over doet, laat ik u nu al weten dat ik heb besloten mijn acceptatie van ${role(c)} bij ${c.recipient.company} in te trekken.`;
        case 'je':
          return `Vandaag stuur ik je een brief per post, maar omdat die er een paar dagen over doet, laat ik je nu al weten dat ik heb besloten mijn acceptatie van ${role(c)} bij ${c.recipient.company} in te trekken.`;
        case 'jullie':
          return `Vandaag stuur ik jullie een brief per post, maar omdat die er een paar dagen over doet, laat ik jullie nu al weten dat ik heb besloten mijn acceptatie van ${role(c)} bij ${c.recipient.company} in te trekken.`;
      }
    },
    'confirming-intro': (c) => {
      const thanks = thanksForTalk(c);
      return `${thanks} Zoals ik al vertelde, heb ik besloten mijn acceptatie van ${role(c)} bij ${c.recipient.company} in te trekken. Met deze e-mail bevestig ik dat schriftelijk.`;
    },
    decision: (c) => {
      const where = `${role(c)} bij ${c.recipient.company}`;
      const medium = c.medium === 'letter' ? 'brief' : 'e-mail';
      switch (register(c)) {
        case 'u':
          return pick(c, 'decision', [
            `Met deze ${medium} laat ik u weten dat ik heb besloten mijn acceptatie van ${where} in te trekken.`,
            `Na lang en zorgvuldig nadenken heb ik besloten om terug te komen op mijn aanvaarding van ${where}.`,
            `Helaas moet ik u laten weten dat ik mijn acceptatie van ${where} intrek.`,
          ]);
        case 'je':
          return pick(c, 'decision', [
            `Ik wil je laten weten dat ik heb besloten mijn acceptatie van ${where} in te trekken.`,
            `Na veel wikken en wegen heb ik besloten om terug te komen op mijn aanvaarding van ${where}.`,
            `Dit is geen makkelijk bericht, maar ik heb besloten mijn acceptatie van ${where} in te trekken.`,
          ]);
        case 'jullie':
          return pick(c, 'decision', [
            `Ik wil jullie laten weten dat ik heb besloten mijn acceptatie van ${where} in te trekken.`,
            `Na veel wikken en wegen heb ik besloten om terug te komen op mijn aanvaarding van ${where}.`,
            `Dit is geen makkelijk bericht, maar ik heb besloten mijn acceptatie van ${where} in te trekken.`,
          ]);
      }
    },
    reason: (c) => withDetail(pick(c, 'reason', reasons[c.reason]), c),
    thanks: (c) => {
      switch (register(c)) {
        case 'u':
          return pick(c, 'thanks', [
            'Ik wil u hartelijk bedanken voor het aanbod en voor de tijd die u en uw collega’s in de sollicitatieprocedure hebben gestoken.',
            'Ik ben u dankbaar voor het vertrouwen en voor alle tijd die u aan de gesprekken met mij heeft besteed.',
            'Ik dank u hartelijk voor het aanbod en voor de moeite die u heeft genomen om mij te leren kennen.',
          ]);
        case 'je':
          return pick(c, 'thanks', [
            'Bedankt voor het aanbod en voor de tijd die jij en je collega’s in de sollicitatieprocedure hebben gestoken.',
            'Ik ben je dankbaar voor het vertrouwen en voor alle tijd die je aan de gesprekken met mij hebt besteed.',
            'Heel erg bedankt voor het aanbod en voor de moeite die je hebt genomen om mij te leren kennen.',
          ]);
        case 'jullie':
          return pick(c, 'thanks', [
            'Bedankt voor het aanbod en voor de tijd die jullie in de sollicitatieprocedure hebben gestoken.',
            'Ik ben jullie dankbaar voor het vertrouwen en voor alle tijd die jullie aan de gesprekken met mij hebben besteed.',
            'Heel erg bedankt voor het aanbod en voor de moeite die jullie hebben genomen om mij te leren kennen.',
          ]);
      }
    },
    apology: (c) => {
      switch (register(c)) {
        case 'u':
          return pick(c, 'apology', [
            'Ik bied u mijn excuses aan voor het ongemak dat dit veroorzaakt.',
            'Het spijt me dat ik u hiermee in een lastige positie breng, en ik bied mijn excuses aan voor het ongemak.',
            'Ik besef dat dit bericht ongelegen komt en bied mijn excuses aan voor het ongemak.',
          ]);
        case 'je':
          return pick(c, 'apology', [
            'Sorry voor het ongemak dat dit voor je oplevert.',
            'Het spijt me echt dat ik je hiermee in een lastige positie breng.',
            'Ik besef dat dit bericht slecht uitkomt, en het spijt me echt voor het ongemak.',
          ]);
        case 'jullie':
          return pick(c, 'apology', [
            'Sorry voor het ongemak dat dit voor jullie oplevert.',
            'Het spijt me echt dat ik jullie hiermee in een lastige positie breng.',
            'Ik besef dat dit bericht slecht uitkomt, en het spijt me echt voor het ongemak.',
          ]);
      }
    },
    timing: (c) => {
      // The guide's "act fast": say that the news comes as early as it could.
      const start = date(c.startDate);
      switch (register(c)) {
        case 'u':
          return `Ik laat het u meteen weten nu mijn besluit vaststaat, zodat u voor de geplande start op ${start} zo veel mogelijk tijd heeft om iemand anders te vinden.`;
        case 'je':
          return `Ik laat het je meteen weten nu mijn besluit vaststaat, zodat je voor de geplande start op ${start} zo veel mogelijk tijd hebt om iemand anders te vinden.`;
        case 'jullie':
          return `Ik laat het jullie meteen weten nu mijn besluit vaststaat, zodat jullie voor de geplande start op ${start} zo veel mogelijk tijd hebben om iemand anders te vinden.`;
      }
    },
    'mutual-agreement': (c) => {
      switch (register(c)) {
        case 'u':
          return 'Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen. Ik werk daar graag aan mee, zodat het voor beide kanten zo soepel mogelijk verloopt.';
        case 'je':
          return 'Omdat we het contract al hebben getekend, stel ik voor dat we het in onderling overleg beëindigen. Laat gerust weten wat je van mij nodig hebt, dan regelen we het samen.';
        case 'jullie':
          return 'Omdat we het contract al hebben getekend, stel ik voor dat we het in onderling overleg beëindigen. Laat gerust weten wat jullie van mij nodig hebben, dan regelen we het samen.';
      }
    },
    'door-open': (c) =>
      formal(c)
        ? pick(c, 'door', [
            `Ik heb veel waardering voor ${c.recipient.company} en hoop dat onze wegen elkaar in de toekomst opnieuw kruisen.`,
            'Ik zou het op prijs stellen om contact te houden; wie weet werken we in de toekomst alsnog samen.',
          ])
        : pick(c, 'door', [
            'Ik hoop echt dat onze wegen elkaar later nog eens kruisen, en ik houd graag contact.',
            'Wie weet werken we in de toekomst alsnog samen; ik zou het leuk vinden om contact te houden.',
          ]),
    farewell: (c) => {
      switch (register(c)) {
        case 'u':
          return 'Ik wens u en uw team veel succes.';
        case 'je':
          return 'Ik wens jou en je team veel succes.';
        case 'jullie':
          return 'Ik wens jullie veel succes.';
      }
    },
  },

  closing: (c) => (formal(c) ? 'Met vriendelijke groet,' : 'Hartelijke groet,'),

  letter: {
    dateBeforeRecipient: false,
    contactsAtFoot: false,
    subjectLine: (subject) => `Onderwerp: ${subject}`,
    dateLine: (c, place) => (place ? `${place}, ${date(c.today)}` : date(c.today)),
    recipientLines: (c, title) => {
      const { name, salutation } = c.recipient;
      const attention =
        name === undefined
          ? []
          : [
              `T.a.v. ${salutation === 'mr' ? 'de heer ' : salutation === 'ms' ? 'mevrouw ' : ''}${name}`,
            ];
      return [c.recipient.company, ...attention, ...(title ? [title] : [])];
    },
  },

  talk: {
    headings: {
      opening: 'Opening',
      decision: 'Het besluit',
      reason: 'De reden',
      thanks: 'Bedanken',
      apology: 'Excuses',
      'mutual-agreement': 'Het contract',
      'counter-offer': 'Bij een tegenbod',
      'door-open': 'De deur openhouden',
      closing: 'Afsluiting',
    },
    lines: {
      opening: (c) => {
        if (c.channel === 'meeting') {
          switch (register(c)) {
            case 'u':
              return `Dank u wel dat u tijd voor mij vrijmaakt. Ik wil graag met u praten over ${role(c)}.`;
            case 'je':
              return `Fijn dat je tijd voor me hebt gemaakt. Ik wil het graag met je hebben over ${role(c)}.`;
            case 'jullie':
              return `Fijn dat jullie tijd voor me hebben gemaakt. Ik wil het graag met jullie hebben over ${role(c)}.`;
          }
        }
        switch (register(c)) {
          case 'u':
            return `Goedendag, u spreekt met ${c.applicant.name}. Heeft u even tijd? Ik bel over ${role(c)}.`;
          case 'je':
            return `Hoi, met ${c.applicant.name}. Heb je even tijd? Ik bel over ${role(c)}.`;
          case 'jullie':
            return `Hoi, met ${c.applicant.name}. Hebben jullie even tijd? Ik bel over ${role(c)}.`;
        }
      },
      decision: (c) =>
        formal(c)
          ? 'Ik heb helaas besloten mijn acceptatie van de functie in te trekken.'
          : 'Ik heb besloten om terug te komen op mijn aanvaarding van de baan.',
      reason: (c) => nl.paragraphs.reason(c),
      thanks: (c) => nl.paragraphs.thanks(c),
      apology: (c) => nl.paragraphs.apology(c),
      'mutual-agreement': (c) => nl.paragraphs['mutual-agreement'](c),
      'counter-offer': (c) => {
        switch (register(c)) {
          case 'u':
            return 'Dank u, dat waardeer ik echt. Maar ik heb er goed over nagedacht en mijn besluit staat vast.';
          case 'je':
            return 'Dank je, dat waardeer ik echt. Maar ik heb er goed over nagedacht en mijn besluit staat vast.';
          case 'jullie':
            return 'Dank jullie, dat waardeer ik echt. Maar ik heb er goed over nagedacht en mijn besluit staat vast.';
        }
      },
      'door-open': (c) => nl.paragraphs['door-open'](c),
      closing: (c) => {
        switch (register(c)) {
          case 'u':
            return 'Ik stuur u vandaag nog een e-mail om dit te bevestigen. Nogmaals dank voor uw tijd.';
          case 'je':
            return 'Ik stuur je vandaag nog een e-mail om dit te bevestigen. Nogmaals bedankt voor je tijd.';
          case 'jullie':
            return 'Ik stuur jullie vandaag nog een e-mail om dit te bevestigen. Nogmaals bedankt voor jullie tijd.';
        }
      },
    },
    afterwards: (c) =>
      `Stuur direct na ${c.channel === 'meeting' ? 'het gesprek' : 'het telefoongesprek'} de bevestigende e-mail, zodat het besluit ook schriftelijk vastligt.`,
  },

  advice: {
    'start-date-passed': (f) =>
      `De startdatum (${date(f.startDate)}) is al voorbij. Ben je al begonnen met werken, dan trek je geen acceptatie meer in maar neem je ontslag: kijk in je contract welke opzegtermijn geldt en zeg op volgens die regels.`,
    'starts-today': () =>
      'Je zou vandaag beginnen. Neem direct contact op, het liefst telefonisch, en bevestig je besluit daarna schriftelijk.',
    'short-notice': (f) =>
      `Er zijn nog maar ${days(f.daysLeft)} tot de startdatum van ${date(f.startDate)}. Laat het vandaag weten, zodat ze op tijd iemand anders kunnen vinden en je reputatie geen schade oploopt.`,
    'days-left': (f) =>
      `Er zijn nog ${days(f.daysLeft)} tot de startdatum van ${date(f.startDate)}. Laat het weten zodra je besluit vaststaat: hoe eerder, hoe meer tijd ze hebben om iemand anders te vinden.`,
    'contract-signed': () =>
      'Je hebt een arbeidsovereenkomst getekend. Lees die goed voordat je contact opneemt: welke opzegtermijn geldt er, en wat staat er over niet in dienst treden? Streef naar een regeling in onderling overleg, en raadpleeg een jurist met kennis van arbeidsrecht als je twijfelt.',
    'counter-offer': () =>
      'Ze hebben je meer geboden om je te houden. Bepaal vooraf of iets je nog van gedachten zou doen veranderen, zodat je niet ter plekke hoeft te beslissen.',
    'no-written-record': (f) =>
      `${f.channel === 'meeting' ? 'Een persoonlijk gesprek' : 'Een telefoongesprek'} laat niets op papier achter. Stuur dezelfde dag de bevestigende e-mail, zodat je besluit schriftelijk vastligt.`,
    'letter-is-slow': () =>
      'Een brief doet er een paar dagen over. Stuur vandaag de e-mail vooraf, zodat ze het meteen weten.',
    tone: () =>
      'Blijf rustig, respectvol en beleefd, ook als ze teleurgesteld reageren. Zo bescherm je je reputatie in de branche.',
    'future-opportunities': () =>
      'Wil je later nog bij hen kunnen solliciteren? Laat het zo vroeg mogelijk weten, wees eerlijk zonder in details te treden en toon je dankbaarheid voor het aanbod.',
    'financial-backup': () =>
      'Heb je nog geen andere baan? Zorg voor een back-upplan en een financiële buffer voor een periode zonder inkomen voordat je je besluit doorgeeft.',
    stress: () =>
      'Zo’n besluit kan zwaar zijn. Zoek steun bij mensen die je vertrouwt, en bij professionele begeleiding als dat nodig is.',
  },
  ending: {
    proposal: (c, e) => {
      if (e.basis === 'signed')
        return formal(c)
          ? 'Omdat we de arbeidsovereenkomst al hebben ondertekend, stel ik voor dat we die in onderling overleg beëindigen.'
          : 'Omdat we het contract al hebben getekend, stel ik voor dat we het in onderling overleg beëindigen.';
      if (e.basis === 'accepted')
        return formal(c)
          ? 'Omdat ik het aanbod al heb aanvaard, stel ik voor dat we de arbeidsovereenkomst in onderling overleg beëindigen.'
          : 'Omdat ik het aanbod al heb geaccepteerd, stel ik voor dat we het contract in onderling overleg beëindigen.';
      return formal(c)
        ? 'Voor zover er met mijn aanvaarding al een arbeidsovereenkomst tot stand is gekomen, stel ik voor die in onderling overleg te beëindigen.'
        : 'Als er door mijn acceptatie al een contract tot stand is gekomen, stel ik voor dat we het in onderling overleg beëindigen.';
    },
    termination: (c, e) => {
      const failing = formal(c) ? 'Mocht dat niet lukken, dan' : 'Lukt dat niet, dan';
      const contract = contractWord(c, e);
      switch (e.way) {
        case 'notice':
          return formal(c)
            ? `${failing} zeg ik ${contract} hierbij op tegen ${lastDay(e)}, met inachtneming van de opzegtermijn van ${noticeMonths(e)}.`
            : `${failing} zeg ik ${contract} hierbij op tegen ${lastDay(e)}, met een opzegtermijn van ${noticeMonths(e)}.`;
        case 'immediate':
          return formal(c)
            ? `${failing} zeg ik ${contract} hierbij met onmiddellijke ingang op, met een beroep op de proeftijd.`
            : `${failing} zeg ik ${contract} hierbij met onmiddellijke ingang op; dat kan tijdens de proeftijd.`;
        case 'applicable-notice':
          return formal(c)
            ? `${failing} zeg ik ${contract} hierbij op met inachtneming van de geldende opzegtermijn.`
            : `${failing} zeg ik ${contract} hierbij op met de opzegtermijn die daarvoor geldt.`;
        case 'agreement':
          // No pronoun: the confirmation that follows asks whether they agree.
          return formal(c)
            ? 'Het gaat om een contract voor bepaalde tijd, en daarom hoop ik dat we het hierover eens kunnen worden.'
            : 'Het gaat om een tijdelijk contract, dus ik hoop dat we er samen uitkomen.';
      }
    },
    confirmation: (c, e) => {
      const agreement = e.way === 'agreement';
      switch (register(c)) {
        case 'u':
          return agreement
            ? 'Wilt u mij de ontvangst van dit bericht schriftelijk bevestigen en laten weten of u met mijn voorstel instemt?'
            : 'Wilt u mij de ontvangst van dit bericht en de einddatum van de arbeidsovereenkomst schriftelijk bevestigen?';
        case 'je':
          return agreement
            ? 'Wil je de ontvangst van dit bericht schriftelijk bevestigen en laten weten of je met mijn voorstel akkoord gaat?'
            : 'Wil je de ontvangst van dit bericht en de einddatum van het contract schriftelijk bevestigen?';
        case 'jullie':
          return agreement
            ? 'Willen jullie de ontvangst van dit bericht schriftelijk bevestigen en laten weten of jullie met mijn voorstel akkoord gaan?'
            : 'Willen jullie de ontvangst van dit bericht en de einddatum van het contract schriftelijk bevestigen?';
      }
    },
    spoken: (c, e) => {
      const contract = formal(c) ? 'de arbeidsovereenkomst' : 'het contract';
      const proposal =
        e.basis === 'if-bound'
          ? 'Als er al een contract is, stel ik voor dat we het in onderling overleg beëindigen.'
          : `Ik stel voor dat we ${contract} in onderling overleg beëindigen.`;
      const it = formal(c) ? 'de overeenkomst' : 'het contract';
      const failing = {
        notice: `Lukt dat niet, dan zeg ik ${it} op met een opzegtermijn van ${noticeMonths(e)}, en dan eindigt ${formal(c) ? 'die' : 'het'} op ${lastDay(e)}.`,
        immediate: `Lukt dat niet, dan zeg ik ${it} meteen op; dat kan tijdens de proeftijd.`,
        'applicable-notice': `Lukt dat niet, dan zeg ik ${it} op met de opzegtermijn die daarvoor geldt.`,
        agreement: formal(c)
          ? 'Het is een contract voor bepaalde tijd, dus ik hoop dat u daarmee instemt.'
          : 'Het is een tijdelijk contract, dus ik hoop dat je daarmee akkoord gaat.',
      }[e.way];
      return `${proposal} ${failing}`;
    },
  },
};
