import { formatLongDate } from '../dates.ts';
import { asSentence, firstName, nameParts } from '../names.ts';
import { numberWord } from '../number-words.ts';
import { svMonths } from '../position/sv-words.ts';
import type { EndingFacts } from '../position/types.ts';
import type { Phrasebook, PhraseContext } from './types.ts';

/**
 * Swedish. Always "du", in lower case; formality lives in the greeting, the closing and the wording
 * (Språkrådet). A company without a named reader is "ni", the plural.
 *
 * The act has one name per register: formal "återkalla mitt accepterande av erbjudandet",
 * informal "ta tillbaka mitt ja till erbjudandet". One accepts the offer, not the job.
 */

const date = (iso: string) => `den ${formatLongDate('sv', iso)}`;
const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagar`);
const formal = (c: PhraseContext) => c.formality === 'formal';

/** You, to one named person or said aloud; the company otherwise. */
function you(c: PhraseContext) {
  const person = c.addressee === 'person' || c.medium === 'speech';
  return person
    ? { subject: 'du', object: 'dig', withColleagues: 'du och dina kollegor' }
    : { subject: 'ni', object: 'er', withColleagues: 'ni' };
}

/** "tjänsten som projektledare" in formal wording, "jobbet som projektledare" otherwise. */
const role = (c: PhraseContext) => `${formal(c) ? 'tjänsten' : 'jobbet'} som ${c.position}`;
/** The offer that was accepted: "erbjudandet om tjänsten som projektledare hos Nordlys". */
const offer = (c: PhraseContext) => `erbjudandet om ${role(c)} hos ${c.company}`;
function withDetail(sentence: string, c: PhraseContext): string {
  return c.reasonDetail ? `${sentence} ${asSentence(c.reasonDetail)}` : sentence;
}

function pick<T>(c: PhraseContext, key: string, options: readonly T[]): T {
  return options[c.pick(key, options.length)] as T;
}

/** How close to the start the news comes, for an apology that it comes so late. */
function howLate(c: PhraseContext): string {
  if (c.daysLeft <= 0) return 'samma dag som jag skulle ha börjat';
  if (c.daysLeft === 1) return `dagen före starten ${date(c.startDate)}`;
  // Running text writes small numbers in words ("tre dagar").
  const count = numberWord('sv', c.daysLeft);
  return `bara ${count ? `${count} dagar` : days(c.daysLeft)} före starten ${date(c.startDate)}`;
}

const reasons: Record<PhraseContext['reason'], (c: PhraseContext) => string[]> = {
  compensation: () => [
    'Skälet är ekonomiskt: när jag gick igenom villkoren i lugn och ro insåg jag att lönen inte räcker för min nuvarande situation.',
    'Anledningen är att lönenivån inte fungerar för mig och min ekonomi just nu, och det är det som avgör.',
    'Efter att ha räknat på villkoren har jag insett att lönen inte går ihop med min ekonomiska situation.',
  ],
  career: (c) => [
    `Jag har insett att ${formal(c) ? 'tjänsten' : 'jobbet'} inte ligger i linje med den riktning jag vill ta i min karriär framöver.`,
    'Skälet är att rollen inte stämmer med den inriktning jag vill ge min karriär, något jag insåg när jag tänkte igenom mina långsiktiga mål.',
    'Eftersom rollen inte leder åt det håll jag vill gå i min karriär, är det bättre att jag säger det nu än att jag börjar och sedan slutar.',
  ],
  'better-offer': () => [
    'Skälet är att jag har fått ett annat erbjudande som stämmer bättre med mina förutsättningar just nu. Det har inte varit ett lätt beslut.',
    'Jag har fått ett annat erbjudande, och efter mycket funderande har jag valt att tacka ja till det. Jag vill hellre vara ärlig med det än ge en annan förklaring.',
    'Jag har tackat ja till ett annat erbjudande som bättre motsvarar det jag söker just nu. Beslutet var svårt, och jag vill vara öppen med varför jag fattade det.',
  ],
  conditions: (c) => [
    `Skälet är att förutsättningarna i ${formal(c) ? 'tjänsten' : 'jobbet'} inte passar mig just nu. Det insåg jag när jag tänkte igenom hur arbetsvardagen skulle se ut.`,
    'Jag har insett att arbetsupplägget inte passar mina behov så väl som jag först trodde, och det beror på min egen situation.',
    'Eftersom arbetsförhållandena inte passar min situation så väl som jag hade hoppats, är det bättre att jag säger det nu.',
  ],
  personal: () => [
    'Skälet är personligt: min situation har förändrats, och jag har inte längre möjlighet att börja som planerat.',
    'Min personliga situation har förändrats sedan jag tackade ja, och jag kan tyvärr inte börja som planerat.',
    'Eftersom mina personliga omständigheter har förändrats kan jag tyvärr inte börja som planerat.',
  ],
};

/** "en månads" and the last day, for the notice sentence; the plan gives both with `way: 'notice'`. */
const noticeMonths = (e: EndingFacts) => svMonths(e.noticeMonths ?? 1);
const lastDay = (e: EndingFacts) => (e.lastDay ? date(e.lastDay) : '');

/** The same reasons said aloud: shorter sentences, everyday words. */
const spokenReasons: Record<PhraseContext['reason'], string[]> = {
  compensation: [
    'Det handlar om lönen. Jag har räknat på det, och den räcker inte för min situation just nu.',
    'Skälet är ekonomiskt. Lönen går helt enkelt inte ihop med min ekonomi just nu.',
  ],
  career: [
    'Det handlar om min karriär. Jag har insett att rollen inte leder dit jag vill gå.',
    'Jag har tänkt igenom mina mål, och rollen passar inte den riktning jag vill ta.',
  ],
  'better-offer': [
    'Jag har fått ett annat erbjudande, och jag har valt att tacka ja till det. Det vill jag vara ärlig med.',
    'Jag har valt ett annat erbjudande som passar mig bättre just nu. Det var inget lätt beslut.',
  ],
  conditions: [
    'Det handlar om förutsättningarna. Upplägget passar inte min situation just nu.',
    'Jag har insett att arbetsvillkoren inte passar mig så bra som jag trodde. Det beror på min egen situation.',
  ],
  personal: [
    'Det är av personliga skäl. Min situation har förändrats, och jag kan inte börja som planerat.',
    'Min privata situation har förändrats. Jag kan tyvärr inte börja som planerat.',
  ],
};

/** The name the greeting uses: the one the person gave for it, else what the name field says. */
function greetingName(c: PhraseContext, first: boolean): string | undefined {
  const { name, greetingName: given } = c.recipient;
  if (given) return given;
  if (!name) return undefined;
  const plain = nameParts(name).plain;
  return first ? (firstName(name) ?? plain) : plain;
}

/** The first sentence or two of a written text: the decision, and when they accepted. */
function decision(c: PhraseContext): string {
  if (c.acceptedOn) {
    const accepted = `${date(c.acceptedOn).replace(/^d/, 'D')} tackade jag ja till ${offer(c)}.`;
    return `${accepted} ${
      formal(c)
        ? pick(c, 'decision', [
            'Jag skriver nu för att meddela att jag har beslutat att återkalla mitt accepterande.',
            'Efter att ha tänkt igenom saken noga har jag tyvärr beslutat att återkalla mitt accepterande.',
            'Jag måste tyvärr meddela att jag återkallar mitt accepterande.',
          ])
        : pick(c, 'decision', [
            'Nu har jag tyvärr bestämt mig för att ta tillbaka mitt ja.',
            'Efter mycket funderande har jag bestämt mig för att ta tillbaka mitt ja.',
            'Det är inte lätt att skriva, men jag har bestämt mig för att ta tillbaka mitt ja.',
          ])
    }`;
  }
  return formal(c)
    ? pick(c, 'decision', [
        `Jag skriver för att meddela att jag har beslutat att återkalla mitt accepterande av ${offer(c)}.`,
        `Efter att ha tänkt igenom saken noga har jag beslutat att återkalla mitt accepterande av ${offer(c)}.`,
        `Jag måste tyvärr meddela att jag återkallar mitt accepterande av ${offer(c)}.`,
      ])
    : pick(c, 'decision', [
        `Jag vill berätta att jag har bestämt mig för att ta tillbaka mitt ja till ${offer(c)}.`,
        `Efter mycket funderande har jag bestämt mig för att ta tillbaka mitt ja till ${offer(c)}.`,
        `Det här är inte lätt att skriva, men jag har bestämt mig för att ta tillbaka mitt ja till ${offer(c)}.`,
      ]);
}

export const sv: Phrasebook = {
  locale: 'sv',
  quote: (text) => `”${text}”`,
  titles: {
    'withdrawal-email': 'E-post',
    letter: 'Brev',
    'email-ahead': 'E-post att skicka före brevet',
    'call-script': 'Underlag för samtalet',
    'meeting-notes': 'Punkter inför mötet',
    'confirming-email': 'Bekräftande e-post',
  },
  subjects: {
    'withdrawal-email': (c) =>
      formal(c)
        ? `Återkallande av mitt accepterande – ${c.position}`
        : `Jag tar tillbaka mitt ja – ${c.position}`,
    letter: (c) =>
      formal(c)
        ? `Återkallande av mitt accepterande av erbjudandet om tjänsten som ${c.position}`
        : `Jag tar tillbaka mitt ja till erbjudandet om jobbet som ${c.position}`,
    'email-ahead': (c) =>
      formal(c)
        ? `Återkallande av mitt accepterande – ${c.position} (brev följer)`
        : `Jag tar tillbaka mitt ja – ${c.position} (brev följer)`,
    'confirming-email': (c) =>
      formal(c)
        ? `Bekräftelse: återkallande av mitt accepterande – ${c.position}`
        : `Bekräftelse av vårt samtal – ${c.position}`,
  },

  greeting(c) {
    const name = greetingName(c, !formal(c));
    // "Hej Anna Svensson" without a comma, and a capital after it: the run-on "Hej Anna," with a
    // lower-case line after it is correct but most readers take it for a typo.
    if (name) return { text: formal(c) ? `Hej ${name}` : `Hej ${name}!`, runsOn: false };
    // A formal letter to no one in particular opens with its subject line alone (SS 03 43 21).
    if (formal(c) && c.medium === 'letter') return undefined;
    return {
      text: formal(c) ? `Hej alla på ${c.company}` : `Hej alla på ${c.company}!`,
      runsOn: false,
    };
  },

  paragraphs: {
    'ahead-intro': (c) =>
      formal(c)
        ? `Jag skickar i dag ett brev med posten, men eftersom det tar några dagar innan det kommer fram vill jag redan nu meddela att jag har beslutat att återkalla mitt accepterande av ${offer(c)}.`
        : `Jag skickar ett brev i dag, men eftersom det tar några dagar innan det kommer fram vill jag berätta redan nu att jag har bestämt mig för att ta tillbaka mitt ja till ${offer(c)}.`,
    'confirming-intro': (c) => {
      const { subject, object } = you(c);
      const thanks =
        c.channel === 'meeting'
          ? `Tack för att ${subject} tog ${object} tid att träffa mig i dag.`
          : 'Tack för samtalet i dag.';
      return formal(c)
        ? `${thanks} Som jag berättade har jag beslutat att återkalla mitt accepterande av ${offer(c)}, och här bekräftar jag det skriftligt.`
        : `${thanks} Som jag sa tar jag tillbaka mitt ja till ${offer(c)}, och här bekräftar jag det skriftligt.`;
    },
    'confirming-courtesy': (c) => {
      const { object } = you(c);
      return formal(c)
        ? pick(c, 'courtesy', [
            `Jag ber än en gång om ursäkt för besväret och önskar ${object} och ${c.company} lycka till framöver.`,
            `Jag beklagar återigen besväret och önskar ${object} och ${c.company} allt gott framöver.`,
          ])
        : pick(c, 'courtesy', [
            'Förlåt igen för besväret, och lycka till framöver!',
            `Förlåt igen för strulet. Jag önskar ${object} och alla på ${c.company} lycka till!`,
          ]);
    },
    decision,
    reason: (c) => withDetail(pick(c, 'reason', reasons[c.reason](c)), c),
    thanks: (c) => {
      const { subject, object, withColleagues } = you(c);
      return formal(c)
        ? pick(c, 'thanks', [
            `Jag är tacksam för erbjudandet och för den tid ${withColleagues} har lagt på mig under rekryteringen.`,
            `Tack för förtroendet och för all tid ${subject} har lagt på intervjuer och samtal med mig.`,
            `Jag vill tacka för erbjudandet och för att ${subject} tog ${object} tid att lära känna mig under rekryteringen.`,
          ])
        : pick(c, 'thanks', [
            `Stort tack för erbjudandet och för all tid ${subject} har lagt på mig under rekryteringen.`,
            `Tack för att ${subject} trodde på mig och för all tid ${subject} har lagt på intervjuerna.`,
            `Tack för erbjudandet och för alla bra samtal under rekryteringen.`,
          ]);
    },
    apology: (c) => {
      const { object } = you(c);
      return formal(c)
        ? pick(c, 'apology', [
            'Jag ber om ursäkt för det besvär som mitt beslut orsakar.',
            `Jag beklagar verkligen att mitt besked ställer till det för ${object}, och jag ber om ursäkt för besväret.`,
            'Jag förstår att beskedet kommer olägligt och ber om ursäkt för det besvär det innebär.',
          ])
        : pick(c, 'apology', [
            `Jag vet att det här ställer till det för ${object}, och jag ber verkligen om ursäkt.`,
            'Förlåt för besväret som det här orsakar.',
            `Jag är ledsen för att det här blir krångligt för ${object}.`,
          ]);
    },
    timing: (c) =>
      // The guide's "act fast": say that the news comes as early as it could.
      pick(c, 'timing', [
        `Jag ville höra av mig så snart jag hade bestämt mig, så att ${you(c).subject} får så mycket tid som möjligt att hitta någon annan före starten ${date(c.startDate)}.`,
        `Jag ville ge beskedet så tidigt som möjligt, så att ${you(c).subject} hinner hitta någon annan före starten ${date(c.startDate)}.`,
      ]),
    'late-apology': (c) => {
      const { object } = you(c);
      return formal(c)
        ? pick(c, 'late', [
            `Jag ber om ursäkt för att beskedet kommer så sent, ${howLate(c)}, och för det besvär det orsakar ${object}.`,
            `Jag beklagar att beskedet kommer så sent, ${howLate(c)}, och ber om ursäkt för besväret.`,
          ])
        : pick(c, 'late', [
            `Förlåt att beskedet kommer så sent, ${howLate(c)}. Jag vet att det ställer till det för ${object}.`,
            `Jag är verkligen ledsen för att det här kommer så sent, ${howLate(c)}.`,
          ]);
    },
    'mutual-agreement': (c) =>
      formal(c)
        ? 'Eftersom vi redan har skrivit under anställningsavtalet föreslår jag att vi avslutar det genom en ömsesidig överenskommelse. Jag hjälper gärna till med det som behövs för att det ska gå smidigt.'
        : `Eftersom vi redan har skrivit under avtalet föreslår jag att vi kommer överens om att avsluta det. Säg till vad ${you(c).subject} behöver från mig, så löser vi det smidigt.`,
    'door-open': (c) =>
      formal(c)
        ? pick(c, 'door', [
            `Jag har uppskattat kontakten med ${c.company} och hoppas att våra vägar korsas igen längre fram.`,
            'Jag hoppas att vi kan hålla kontakten, och jag hör gärna av mig igen om det dyker upp en möjlighet i framtiden.',
          ])
        : pick(c, 'door', [
            'Jag hoppas verkligen att våra vägar korsas igen längre fram, och jag håller gärna kontakten.',
            'Jag hoppas att vi kan hålla kontakten, för jag skulle gärna jobba med er i framtiden.',
          ]),
    farewell: (c) =>
      c.addressee === 'person'
        ? `Jag önskar dig och ${c.company} all lycka framöver.`
        : 'Jag önskar er all lycka framöver.',
  },

  closing: (c) => (formal(c) ? 'Med vänlig hälsning' : 'Vänliga hälsningar'),

  letter: {
    dateBeforeRecipient: true,
    contactsAtFoot: true,
    subjectLine: (subject) => subject,
    missingAddress: { sender: '[Din postadress]', recipient: '[Företagets postadress]' },
    // SS 03 43 21 writes the date in numbers; a town, when given, goes before it.
    dateLine: (c, place) => (place ? `${place} ${c.today}` : c.today),
    recipientLines: (c, title) => [
      c.recipient.company,
      ...(c.recipient.name ? [c.recipient.name] : []),
      ...(title ? [title] : []),
    ],
  },

  talk: {
    headings: {
      opening: 'Inledning',
      decision: 'Beslutet',
      reason: 'Skälet',
      thanks: 'Tack',
      apology: 'Ursäkt',
      'mutual-agreement': 'Avtalet',
      'counter-offer': 'Om de lägger ett motbud',
      'door-open': 'Hålla dörren öppen',
      closing: 'Avslutning',
    },
    lines: {
      opening: (c) => {
        if (c.channel === 'meeting') {
          return `Tack för att du tar dig tid att träffa mig. Jag vill prata med dig om ${role(c)}.`;
        }
        return formal(c)
          ? `Hej, det är ${c.applicant.name}. Har du några minuter? Det gäller ${role(c)}.`
          : `Hej, det är ${firstName(c.applicant.name) ?? c.applicant.name}! Har du en stund? Det gäller ${role(c)}.`;
      },
      decision: (c) =>
        // One plain sentence: the listener hears the decision whole.
        pick(c, 'said-decision', [
          'Jag har tyvärr bestämt mig för att ta tillbaka mitt ja och inte börja hos er.',
          `${c.channel === 'meeting' ? 'Jag vill berätta' : 'Jag ringer för att berätta'} att jag tar tillbaka mitt ja och inte börjar hos er.`,
        ]),
      reason: (c) => withDetail(pick(c, 'said-reason', spokenReasons[c.reason]), c),
      thanks: (c) =>
        pick(c, 'said-thanks', [
          'Tack för erbjudandet. Och tack för all tid du har lagt på mig under rekryteringen.',
          'Jag är verkligen tacksam för erbjudandet och för att du har lagt så mycket tid på mig.',
        ]),
      apology: (c) =>
        pick(c, 'said-apology', [
          'Jag är ledsen för besväret det här ställer till med.',
          'Jag förstår att det här ställer till det för er, och jag ber om ursäkt.',
        ]),
      'mutual-agreement': () =>
        'Vi har ju redan skrivit under avtalet. Jag föreslår att vi kommer överens om att avsluta det. Vad behöver du från mig för det?',
      'counter-offer': () =>
        'Tack, det uppskattar jag verkligen. Men jag har tänkt igenom det noga, och mitt beslut står fast.',
      'door-open': (c) =>
        pick(c, 'said-door', [
          'Jag hoppas att våra vägar korsas igen längre fram.',
          'Jag skulle gärna hålla kontakten, om det går bra.',
        ]),
      closing: (c) =>
        c.channel === 'meeting'
          ? pick(c, 'said-closing', [
              'Jag skickar ett mejl i dag som bekräftar det vi har pratat om. Tack igen för att du tog dig tid.',
              'Jag bekräftar det här i ett mejl i dag. Tack för att du tog dig tid att träffa mig.',
            ])
          : pick(c, 'said-closing', [
              'Jag skickar ett mejl i dag som bekräftar det vi har sagt. Tack igen för att du tog dig tid.',
              'Jag bekräftar det här i ett mejl i dag. Tack för att du lyssnade.',
            ]),
    },
    timing: {
      ahead: () =>
        'Jag ville säga det så fort jag hade bestämt mig, så att ni får tid att hitta någon annan.',
      late: (c) =>
        c.daysLeft <= 0
          ? 'Jag vet att det här kommer i sista stund och ställer till det för er. Det är jag verkligen ledsen för.'
          : 'Jag vet att det här kommer väldigt sent och ställer till det för er. Det är jag verkligen ledsen för.',
    },
    afterwards: (c) =>
      `Skicka det bekräftande mejlet direkt efter ${c.channel === 'meeting' ? 'mötet' : 'samtalet'}, så att beslutet finns skriftligt.`,
  },

  advice: {
    'start-date-passed': (f) =>
      `Startdatumet (${date(f.startDate)}) har redan passerat. Har du börjat arbeta är det här en uppsägning, inte ett återkallande: läs vad ditt avtal säger om uppsägningstid och säg upp dig enligt det.`,
    'starts-today': () =>
      'Du skulle börja i dag. Hör av dig direkt, helst per telefon, och skicka sedan beskedet skriftligt.',
    'short-notice': (f) =>
      `Det är bara ${days(f.daysLeft)} kvar till startdatumet ${date(f.startDate)}. Hör av dig i dag, så att de hinner hitta någon annan och ditt rykte inte tar skada.`,
    'days-left': (f) =>
      `Det är ${days(f.daysLeft)} kvar till startdatumet ${date(f.startDate)}. Hör av dig så snart du har bestämt dig, så får de mer tid att hitta någon annan.`,
    'contract-signed': () =>
      'Du har skrivit under ett anställningsavtal. Läs det innan du hör av dig: vilken uppsägningstid gäller, och vad står det om att inte tillträda? Sikta på en ömsesidig överenskommelse, och rådfråga en jurist med kunskap om arbetsrätt om du är osäker.',
    'counter-offer': () =>
      'De kanske erbjuder dig mer, till exempel högre lön, för att du ska börja ändå. Bestäm i förväg om något skulle få dig att ändra dig, så att du inte behöver ta ställning på stående fot.',
    'no-written-record': (f) =>
      `${f.channel === 'meeting' ? 'Ett möte' : 'Ett telefonsamtal'} lämnar inget skriftligt underlag. Skicka det bekräftande mejlet samma dag, så att beslutet finns dokumenterat.`,
    'sender-address-missing': () =>
      'Din adress saknas. Ett brev med posten behöver avsändarens adress, så att de kan svara: fyll i den, eller skriv in den där brevet nu visar [Din postadress].',
    'recipient-address-missing': () =>
      'Företagets adress saknas. Utan den kommer brevet inte fram: fyll i den, eller skriv in den där brevet nu visar [Företagets postadress].',
    'check-greeting-name': () =>
      'Kontrollera namnet i hälsningen: ange det i fältet för namnet i hälsningen om det inte stämmer.',
    'letter-is-slow': () =>
      'Ett brev tar flera dagar att komma fram. Skicka mejlet i förväg i dag, så att de får beskedet direkt.',
    tone: () =>
      'Håll tonen lugn, respektfull och artig från början till slut, även om de blir besvikna. Det skyddar ditt rykte i branschen.',
    'future-opportunities': () =>
      'Vill du kunna söka dig till dem igen? Ge beskedet så tidigt som möjligt, var ärlig utan att gå in på detaljer och visa tacksamhet för erbjudandet.',
    'financial-backup': () =>
      'Har du inget annat jobb på gång? Se till att ha en reservplan och en buffert för en tid utan lön innan du skickar beskedet.',
    stress: () =>
      'Ett sådant här beslut kan vara påfrestande. Ta hjälp av personer du litar på, och av professionell rådgivning om du behöver det.',
  },
  ending: {
    proposal: (c, e) => {
      if (e.basis === 'signed')
        return formal(c)
          ? 'Eftersom vi redan har skrivit under anställningsavtalet föreslår jag att vi avslutar det genom en ömsesidig överenskommelse.'
          : 'Eftersom vi redan har skrivit under avtalet föreslår jag att vi kommer överens om att avsluta det.';
      return formal(c)
        ? 'Eftersom jag redan har tackat ja till erbjudandet föreslår jag att vi avslutar anställningsavtalet genom en ömsesidig överenskommelse.'
        : 'Eftersom jag redan har tackat ja föreslår jag att vi kommer överens om att avsluta anställningen.';
    },
    termination: (c, e) => {
      const failing = formal(c) ? 'Skulle vi inte komma överens' : 'Går inte det';
      // The proposal has just named the contract; here it is "avtalet" in both registers.
      const contract = 'avtalet';
      switch (e.way) {
        case 'notice':
          return `${failing} säger jag härmed upp ${contract} med ${noticeMonths(e)} uppsägningstid, och min sista anställningsdag blir då ${lastDay(e)}.`;
        case 'immediate':
          return `${failing} avbryter jag härmed provanställningen med omedelbar verkan.`;
        case 'applicable-notice':
          return `${failing} säger jag härmed upp ${contract} med den uppsägningstid som gäller för det.`;
        case 'agreement':
          return formal(c)
            ? `Anställningen är tidsbegränsad, och jag hoppas därför att ${you(c).subject} vill gå med på det.`
            : `Anställningen är tidsbegränsad, så jag hoppas att ${you(c).subject} är med på det.`;
      }
    },
    confirmation: (c, e) => {
      const { subject, object } = you(c);
      if (formal(c))
        return e.way === 'agreement'
          ? `Jag ber ${object} att skriftligt bekräfta mottagandet av det här beskedet och att berätta hur ${subject} ser på mitt förslag.`
          : `Jag ber ${object} att skriftligt bekräfta mottagandet av det här beskedet och anställningens slutdatum.`;
      return e.way === 'agreement'
        ? `Bekräfta gärna skriftligt att ${subject} har fått det här beskedet, och säg vad ${subject} tycker om mitt förslag.`
        : `Bekräfta gärna skriftligt att ${subject} har fått det här beskedet och vilken dag anställningen upphör.`;
    },
    spoken: (_c, e) => {
      const proposal =
        e.basis === 'signed'
          ? 'Eftersom vi redan har skrivit under avtalet vill jag föreslå att vi kommer överens om att avsluta det.'
          : 'Eftersom jag redan har tackat ja vill jag föreslå att vi kommer överens om att avsluta anställningen.';
      const failing = {
        notice: `Går inte det säger jag upp avtalet med ${noticeMonths(e)} uppsägningstid, och då blir min sista dag ${lastDay(e)}.`,
        immediate: 'Går inte det avbryter jag provanställningen direkt.',
        'applicable-notice':
          'Går inte det säger jag upp avtalet med den uppsägningstid som gäller.',
        agreement: 'Anställningen är tidsbegränsad, så jag hoppas att du vill gå med på det.',
      }[e.way];
      return `${proposal} ${failing}`;
    },
  },
};
