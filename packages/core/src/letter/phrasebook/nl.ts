import { formatLongDate } from '../dates.ts';
import { asSentence, dutchFullName, dutchSurname, firstName, nameParts } from '../names.ts';
import { numberWord } from '../number-words.ts';
import { nlMonths } from '../position/nl-words.ts';
import type { EndingFacts } from '../position/types.ts';
import type { Phrasebook, PhraseContext } from './types.ts';

/**
 * Dutch. Formal is "u/uw" throughout, informal "je/jij/jouw" to a named person and "jullie" to a
 * company; never mixed (Taaladvies). The greeting matches the pronoun.
 *
 * The act has one name: "mijn acceptatie van het aanbod intrekken". One accepts an aanbod, not
 * the job, and "terugkomen op mijn aanvaarding" is not how people say it.
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
/** The offer that was accepted: "uw aanbod voor de functie van projectleider bij Polderdata". */
const offer = (c: PhraseContext) =>
  `${formal(c) ? 'uw' : 'het'} aanbod voor ${role(c)} bij ${c.company}`;

function withDetail(sentence: string, c: PhraseContext): string {
  return c.reasonDetail ? `${sentence} ${asSentence(c.reasonDetail)}` : sentence;
}

/** How close to the start the news comes, for an apology that it comes so late. */
function howLate(c: PhraseContext): string {
  if (c.daysLeft <= 0) return 'op de dag dat ik zou beginnen';
  if (c.daysLeft === 1) return `een dag voor de geplande start op ${date(c.startDate)}`;
  // Running text writes small numbers in words ("drie dagen").
  const count = numberWord('nl', c.daysLeft);
  return `nog maar ${count ? `${count} dagen` : days(c.daysLeft)} voor de geplande start op ${date(c.startDate)}`;
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
    'De reden is dat het salaris bij nader inzien niet past bij mijn financiële situatie.',
    'Na een eerlijke rekensom ben ik tot de conclusie gekomen dat het salaris niet toereikend is voor mijn situatie.',
  ],
  career: [
    'Ik ben tot de conclusie gekomen dat de functie niet goed aansluit bij de richting die ik met mijn loopbaan wil inslaan.',
    'De reden is dat deze rol niet goed past bij mijn doelen voor de komende jaren. Dat merkte ik toen ik die goed op een rij zette.',
    'Omdat de functie mij niet brengt waar ik in mijn loopbaan naartoe wil, is het beter om dat nu te zeggen dan om toch te beginnen.',
  ],
  'better-offer': [
    'Ik heb inmiddels een ander aanbod gekregen dat beter past bij mijn situatie, en na lang nadenken heb ik daarvoor gekozen. Dat was geen gemakkelijke beslissing.',
    'De reden is dat ik voor een ander aanbod heb gekozen. Ik wil daar liever eerlijk over zijn dan een andere verklaring te geven.',
    'Ik heb gekozen voor een ander aanbod dat beter aansluit bij wat ik nu zoek. Ik wil daar open over zijn, ook al was het een moeilijke keuze.',
  ],
  conditions: [
    'De reden is dat de omstandigheden waarin ik zou werken niet goed passen bij wat ik zelf nodig heb. Dat merkte ik toen ik goed nadacht over hoe mijn werkdagen eruit zouden zien.',
    'Ik ben tot de conclusie gekomen dat de manier van werken in deze functie minder goed aansluit bij mijn eigen behoeften dan ik eerst dacht.',
    'Omdat de werkwijze in deze functie minder goed past bij wat ik nodig heb dan ik had verwacht, kies ik ervoor om niet te beginnen.',
  ],
  personal: [
    'De reden is persoonlijk: mijn situatie is veranderd, waardoor ik niet meer kan beginnen zoals gepland.',
    'Vanwege een verandering in mijn persoonlijke omstandigheden kan ik helaas niet beginnen zoals we hadden afgesproken.',
    'Omdat mijn persoonlijke situatie is veranderd, kan ik helaas niet beginnen zoals gepland.',
  ],
};

/** The same reasons said aloud: shorter sentences, everyday words. */
const spokenReasons: Record<PhraseContext['reason'], string[]> = {
  compensation: [
    'Het gaat om het salaris. Ik heb het goed doorgerekend, en het past niet bij mijn situatie.',
    'De reden is financieel. Het salaris is voor mij op dit moment niet genoeg.',
  ],
  career: [
    'Het gaat om mijn loopbaan. De functie past niet bij de richting die ik op wil.',
    'Ik heb gemerkt dat de rol niet past bij wat ik de komende jaren wil doen.',
  ],
  'better-offer': [
    'Ik heb een ander aanbod gekregen, en daar heb ik voor gekozen. Dat wil ik eerlijk zeggen.',
    'Ik heb gekozen voor een ander aanbod dat nu beter bij me past. Dat was geen makkelijke keuze.',
  ],
  conditions: [
    'Het gaat om de manier van werken. Die past niet goed bij mijn situatie.',
    'De arbeidsomstandigheden passen minder goed bij mij dan ik dacht. Dat ligt aan mijn eigen situatie.',
  ],
  personal: [
    'Het heeft een persoonlijke reden. Mijn situatie is veranderd, en ik kan niet beginnen zoals gepland.',
    'Mijn persoonlijke omstandigheden zijn veranderd. Daardoor kan ik helaas niet beginnen.',
  ],
};

/** "heer"/"mevrouw" as the person chose it, or as they typed it into the name field. */
function salutationOf(c: PhraseContext): 'mr' | 'ms' | undefined {
  const { name, salutation } = c.recipient;
  if (salutation === 'mr' || salutation === 'ms') return salutation;
  if (salutation === 'none') return undefined;
  return name ? nameParts(name).salutation : undefined;
}

/** The first sentence or two of a written text: the decision, and when they accepted. */
function decision(c: PhraseContext): string {
  const medium = c.medium === 'letter' ? 'brief' : 'e-mail';
  if (c.acceptedOn) {
    const accepted = `Op ${date(c.acceptedOn)} heb ik ${offer(c)} geaccepteerd.`;
    switch (register(c)) {
      case 'u':
        return `${accepted} ${pick(c, 'decision', [
          `Met deze ${medium} laat ik u weten dat ik heb besloten die acceptatie in te trekken.`,
          'Na lang en zorgvuldig nadenken heb ik besloten die acceptatie in te trekken.',
          'Helaas moet ik u laten weten dat ik die acceptatie intrek.',
        ])}`;
      case 'je':
        return `${accepted} ${pick(c, 'decision', [
          'Ik wil je laten weten dat ik die acceptatie toch intrek.',
          'Na veel wikken en wegen heb ik besloten die acceptatie in te trekken.',
          'Dit is geen makkelijk bericht, maar ik trek die acceptatie in.',
        ])}`;
      case 'jullie':
        return `${accepted} ${pick(c, 'decision', [
          'Ik wil jullie laten weten dat ik die acceptatie toch intrek.',
          'Na veel wikken en wegen heb ik besloten die acceptatie in te trekken.',
          'Dit is geen makkelijk bericht, maar ik trek die acceptatie in.',
        ])}`;
    }
  }
  switch (register(c)) {
    case 'u':
      return pick(c, 'decision', [
        `Met deze ${medium} laat ik u weten dat ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`,
        `Na lang en zorgvuldig nadenken heb ik besloten mijn acceptatie van ${offer(c)} in te trekken.`,
        `Helaas moet ik u laten weten dat ik mijn acceptatie van ${offer(c)} intrek.`,
      ]);
    case 'je':
      return pick(c, 'decision', [
        `Ik wil je laten weten dat ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`,
        `Na veel wikken en wegen heb ik besloten mijn acceptatie van ${offer(c)} toch in te trekken.`,
        `Dit is geen makkelijk bericht, maar ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`,
      ]);
    case 'jullie':
      return pick(c, 'decision', [
        `Ik wil jullie laten weten dat ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`,
        `Na veel wikken en wegen heb ik besloten mijn acceptatie van ${offer(c)} toch in te trekken.`,
        `Dit is geen makkelijk bericht, maar ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`,
      ]);
  }
}

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
    const { name, greetingName } = c.recipient;
    const salutation = salutationOf(c);
    const title = salutation === 'mr' ? 'heer' : salutation === 'ms' ? 'mevrouw' : undefined;
    if (!formal(c)) {
      if (greetingName) return { text: `Beste ${greetingName},`, runsOn: false };
      if (!name) return { text: `Beste team van ${c.company},`, runsOn: false };
      const first = firstName(name);
      if (first) return { text: `Beste ${first},`, runsOn: false };
      // Only a surname or initials: "Beste heer De Vries," rather than "Beste J.,".
      return {
        text: title ? `Beste ${title} ${dutchSurname(name)},` : `Beste ${dutchFullName(name)},`,
        runsOn: false,
      };
    }
    if (greetingName) {
      return { text: `Geachte ${title ? `${title} ` : ''}${greetingName},`, runsOn: false };
    }
    if (!name) {
      // Without a name, the title alone when it is known; both when it is not.
      if (title) return { text: `Geachte ${title},`, runsOn: false };
      return { text: 'Geachte heer, mevrouw,', runsOn: false };
    }
    // "Geachte heer De Vries,": with the title and without the first name, the particle takes a capital.
    if (title) return { text: `Geachte ${title} ${dutchSurname(name)},`, runsOn: false };
    // Gender not given: the full name when there is a first name, else "heer of mevrouw".
    return firstName(name)
      ? { text: `Geachte ${nameParts(name).plain},`, runsOn: false }
      : { text: `Geachte heer of mevrouw ${dutchSurname(name)},`, runsOn: false };
  },

  paragraphs: {
    'ahead-intro': (c) => {
      switch (register(c)) {
        case 'u':
          return `Vandaag stuur ik u een brief per post, maar omdat die er een paar dagen over doet, laat ik u nu al weten dat ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`;
        case 'je':
          return `Vandaag stuur ik je een brief per post, maar omdat die er een paar dagen over doet, laat ik je nu al weten dat ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`;
        case 'jullie':
          return `Vandaag stuur ik jullie een brief per post, maar omdat die er een paar dagen over doet, laat ik jullie nu al weten dat ik heb besloten mijn acceptatie van ${offer(c)} in te trekken.`;
      }
    },
    'confirming-intro': (c) => {
      const thanks = thanksForTalk(c);
      switch (register(c)) {
        case 'u':
          return `${thanks} Zoals ik u vertelde, heb ik besloten mijn acceptatie van ${offer(c)} in te trekken. Met deze e-mail bevestig ik dat.`;
        case 'je':
          return `${thanks} Zoals ik al zei, heb ik besloten mijn acceptatie van ${offer(c)} in te trekken. Met deze mail bevestig ik dat.`;
        case 'jullie':
          return `${thanks} Zoals ik al zei, heb ik besloten mijn acceptatie van ${offer(c)} in te trekken. Met deze mail bevestig ik dat.`;
      }
    },
    'confirming-courtesy': (c) => {
      switch (register(c)) {
        case 'u':
          return pick(c, 'courtesy', [
            'Nogmaals mijn excuses voor het ongemak. Ik wens u en uw collega’s veel succes.',
            'Ik bied u nogmaals mijn excuses aan voor het ongemak en wens u en uw team het allerbeste.',
          ]);
        case 'je':
          return pick(c, 'courtesy', [
            'Nogmaals sorry voor het ongemak, en veel succes!',
            'Het spijt me nogmaals dat het zo gelopen is. Ik wens jou en je team het allerbeste.',
          ]);
        case 'jullie':
          return pick(c, 'courtesy', [
            'Nogmaals sorry voor het ongemak, en veel succes!',
            'Het spijt me nogmaals dat het zo gelopen is. Ik wens jullie het allerbeste.',
          ]);
      }
    },
    decision,
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
            'Ik besef dat dit bericht slecht uitkomt. Sorry voor het ongemak.',
          ]);
        case 'jullie':
          return pick(c, 'apology', [
            'Sorry voor het ongemak dat dit voor jullie oplevert.',
            'Het spijt me echt dat ik jullie hiermee in een lastige positie breng.',
            'Ik besef dat dit bericht slecht uitkomt. Sorry voor het ongemak.',
          ]);
      }
    },
    timing: (c) => {
      // The guide's "act fast": say that the news comes as early as it could.
      const start = date(c.startDate);
      switch (register(c)) {
        case 'u':
          return pick(c, 'timing', [
            `Ik laat het u meteen weten nu mijn besluit vaststaat, zodat u voor de geplande start op ${start} zo veel mogelijk tijd heeft om iemand anders te vinden.`,
            `Ik wilde u dit zo vroeg mogelijk laten weten, zodat u voor ${start} nog tijd heeft om iemand anders te vinden.`,
          ]);
        case 'je':
          return pick(c, 'timing', [
            `Ik laat het je meteen weten nu mijn besluit vaststaat, zodat je voor de geplande start op ${start} zo veel mogelijk tijd hebt om iemand anders te vinden.`,
            `Ik wilde je dit zo vroeg mogelijk laten weten, zodat je voor ${start} nog tijd hebt om iemand anders te vinden.`,
          ]);
        case 'jullie':
          return pick(c, 'timing', [
            `Ik laat het jullie meteen weten nu mijn besluit vaststaat, zodat jullie voor de geplande start op ${start} zo veel mogelijk tijd hebben om iemand anders te vinden.`,
            `Ik wilde jullie dit zo vroeg mogelijk laten weten, zodat jullie voor ${start} nog tijd hebben om iemand anders te vinden.`,
          ]);
      }
    },
    'late-apology': (c) => {
      switch (register(c)) {
        case 'u':
          return pick(c, 'late', [
            `Het spijt me dat dit bericht zo laat komt, ${howLate(c)}. Ik bied u mijn excuses aan voor het ongemak dat dit veroorzaakt.`,
            `Ik besef dat dit bericht erg laat komt, ${howLate(c)}, en ik bied u daarvoor mijn excuses aan.`,
          ]);
        case 'je':
          return pick(c, 'late', [
            `Het spijt me echt dat dit bericht zo laat komt, ${howLate(c)}. Sorry voor het ongemak.`,
            `Ik weet dat dit bericht erg laat komt, ${howLate(c)}, en dat spijt me echt.`,
          ]);
        case 'jullie':
          return pick(c, 'late', [
            `Het spijt me echt dat dit bericht zo laat komt, ${howLate(c)}. Sorry voor het ongemak.`,
            `Ik weet dat dit bericht erg laat komt, ${howLate(c)}, en dat spijt me echt.`,
          ]);
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
            `Ik heb veel waardering voor ${c.company} en hoop dat onze wegen elkaar in de toekomst opnieuw kruisen.`,
            'Ik zou het op prijs stellen om contact te houden. Wie weet werken we in de toekomst alsnog samen.',
          ])
        : pick(c, 'door', [
            'Ik hoop echt dat onze wegen elkaar later nog eens kruisen, en ik houd graag contact.',
            'Wie weet werken we in de toekomst alsnog samen. Ik zou het leuk vinden om contact te houden.',
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
    // A printed letter labels its subject "Betreft:"; "Onderwerp" is the e-mail's field.
    subjectLine: (subject) => `Betreft: ${subject}`,
    missingAddress: { sender: '[Adres afzender]', recipient: '[Adres van het bedrijf]' },
    dateLine: (c, place) => (place ? `${place}, ${date(c.today)}` : date(c.today)),
    recipientLines: (c, title) => {
      const { name } = c.recipient;
      const salutation = salutationOf(c);
      const form = salutation === 'mr' ? 'de heer ' : salutation === 'ms' ? 'mevrouw ' : '';
      const attention = name === undefined ? [] : [`T.a.v. ${form}${dutchFullName(name)}`];
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
          return formal(c)
            ? `Dank u wel dat u tijd voor me vrijmaakt. Ik wil graag met u praten over ${role(c)}.`
            : `Fijn dat je tijd voor me hebt gemaakt. Ik wil het graag met je hebben over ${role(c)}.`;
        }
        // The caller says who they are: "Goedendag, met …". "U spreekt met" is how one answers.
        return formal(c)
          ? `Goedendag, met ${c.applicant.name}. Heeft u even tijd? Ik bel over ${role(c)}.`
          : `Hoi, met ${firstName(c.applicant.name) ?? c.applicant.name}. Heb je even tijd? Ik bel over ${role(c)}.`;
      },
      decision: (c) =>
        formal(c)
          ? // One plain sentence: the listener hears the decision whole.
            pick(c, 'said-decision', [
              'Ik heb helaas besloten mijn acceptatie in te trekken en toch niet bij u te beginnen.',
              'Na lang nadenken heb ik besloten mijn acceptatie in te trekken, dus ik kom toch niet bij u werken.',
            ])
          : pick(c, 'said-decision', [
              'Ik heb besloten mijn acceptatie in te trekken en toch niet bij jullie te beginnen.',
              'Na lang nadenken heb ik besloten mijn acceptatie in te trekken, dus ik kom toch niet bij jullie werken.',
            ]),
      reason: (c) => withDetail(pick(c, 'said-reason', spokenReasons[c.reason]), c),
      thanks: (c) =>
        formal(c)
          ? pick(c, 'said-thanks', [
              'Ik wil u bedanken voor het aanbod, en voor alle tijd die u in mij heeft gestoken.',
              'Ik ben u echt dankbaar voor het aanbod en voor het vertrouwen.',
            ])
          : pick(c, 'said-thanks', [
              'Bedankt voor het aanbod, en voor alle tijd die je in mij hebt gestoken.',
              'Ik ben je echt dankbaar voor het aanbod en voor het vertrouwen.',
            ]),
      apology: (c) =>
        formal(c)
          ? pick(c, 'said-apology', [
              'Het spijt me dat ik u hiermee in een lastige positie breng.',
              'Ik besef dat dit vervelend is voor u, en dat spijt me.',
            ])
          : pick(c, 'said-apology', [
              'Het spijt me echt dat ik je hiermee in een lastige positie breng.',
              'Sorry voor het ongemak. Ik weet dat dit vervelend is.',
            ]),
      'mutual-agreement': (c) =>
        formal(c)
          ? 'We hebben de arbeidsovereenkomst al getekend. Ik stel voor dat we die in onderling overleg beëindigen. Wat heeft u daarvoor van mij nodig?'
          : 'We hebben het contract al getekend. Zullen we het in onderling overleg beëindigen? Wat heb je daarvoor van mij nodig?',
      'counter-offer': (c) =>
        formal(c)
          ? 'Dank u, dat waardeer ik echt. Maar ik heb er goed over nagedacht en mijn besluit staat vast.'
          : 'Dank je, dat waardeer ik echt. Maar ik heb er goed over nagedacht en mijn besluit staat vast.',
      'door-open': (c) =>
        formal(c)
          ? pick(c, 'said-door', [
              'Ik hoop dat we elkaar later nog eens tegenkomen.',
              'Ik zou graag contact houden, als u dat ook wilt.',
            ])
          : pick(c, 'said-door', [
              'Ik hoop dat we contact houden.',
              'Ik hoop dat we elkaar later nog eens tegenkomen.',
            ]),
      closing: (c) =>
        formal(c)
          ? pick(c, 'said-closing', [
              'Ik stuur u vandaag nog een e-mail ter bevestiging. Nogmaals dank voor uw tijd.',
              'Ik bevestig dit vandaag nog per e-mail. Dank u wel dat u tijd voor me had.',
            ])
          : pick(c, 'said-closing', [
              'Ik stuur je vandaag nog een mailtje ter bevestiging. Nogmaals bedankt voor je tijd.',
              'Ik bevestig dit vandaag nog even per mail. Bedankt dat je tijd voor me had.',
            ]),
    },
    timing: {
      ahead: (c) =>
        formal(c)
          ? 'Ik wilde het u meteen laten weten, zodat u genoeg tijd heeft om iemand anders te vinden.'
          : 'Ik wilde het je meteen laten weten, zodat je genoeg tijd hebt om iemand anders te vinden.',
      late: (c) => {
        const when = c.daysLeft <= 0 ? 'op het allerlaatste moment' : 'heel laat';
        return formal(c)
          ? `Ik weet dat dit ${when} komt en dat ik u hiermee in een lastige positie breng. Dat spijt me echt.`
          : `Ik weet dat dit ${when} komt en dat ik je hiermee in een lastige positie breng. Dat spijt me echt.`;
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
      `Er ${f.daysLeft === 1 ? 'is' : 'zijn'} nog maar ${days(f.daysLeft)} tot de startdatum van ${date(f.startDate)}. Laat het vandaag weten, zodat ze op tijd iemand anders kunnen vinden en je reputatie geen schade oploopt.`,
    'days-left': (f) =>
      `Er ${f.daysLeft === 1 ? 'is' : 'zijn'} nog ${days(f.daysLeft)} tot de startdatum van ${date(f.startDate)}. Laat het weten zodra je besluit vaststaat: hoe eerder, hoe meer tijd ze hebben om iemand anders te vinden.`,
    'contract-signed': () =>
      'Je hebt een arbeidsovereenkomst getekend. Lees die goed voordat je contact opneemt: welke opzegtermijn geldt er, en wat staat er over niet in dienst treden? Streef naar een regeling in onderling overleg, en raadpleeg een jurist met kennis van arbeidsrecht als je twijfelt.',
    'counter-offer': () =>
      'Misschien bieden ze je meer, bijvoorbeeld een hoger salaris, zodat je toch begint. Bepaal vooraf of iets je nog van gedachten zou doen veranderen, zodat je niet ter plekke hoeft te beslissen.',
    'no-written-record': (f) =>
      `${f.channel === 'meeting' ? 'Een persoonlijk gesprek' : 'Een telefoongesprek'} laat niets op papier achter. Stuur dezelfde dag de bevestigende e-mail, zodat je besluit schriftelijk vastligt.`,
    'sender-address-missing': () =>
      'Je adres ontbreekt. Een brief per post heeft het adres van de afzender nodig, zodat ze kunnen antwoorden: vul het in, of zet het in de brief waar nu [Adres afzender] staat.',
    'recipient-address-missing': () =>
      'Het adres van het bedrijf ontbreekt. Zonder adres komt de brief niet aan: vul het in, of zet het in de brief waar nu [Adres van het bedrijf] staat.',
    'check-greeting-name': () =>
      'Controleer de achternaam in de aanhef: bij een naam van drie of meer delen weet het programma niet zeker welk deel de achternaam is. Klopt het niet, vul dan de naam in de aanhef zelf in (bijvoorbeeld ‘Garcia Lopez’).',
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
