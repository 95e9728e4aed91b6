import { formatLongDate } from '../dates.ts';
import { firstName } from '../names.ts';
import { svMonths } from '../position/sv-words.ts';
import type { EndingFacts } from '../position/types.ts';
import type { Phrasebook, PhraseContext } from './types.ts';

/**
 * Swedish. Always "du", in lower case; formality lives in the greeting, the closing and the wording
 * (Språkrådet). A company without a named reader is "ni", the plural.
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

function withDetail(sentence: string, c: PhraseContext): string {
  if (!c.reasonDetail) return sentence;
  const detail = /[.!?…]$/.test(c.reasonDetail) ? c.reasonDetail : `${c.reasonDetail}.`;
  return `${sentence} ${detail}`;
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
    'Eftersom rollen inte leder åt det håll jag vill gå i min karriär, vore det inte rättvist mot er att börja.',
  ],
  'better-offer': () => [
    'Skälet är att jag har fått ett annat erbjudande som stämmer bättre med mina förutsättningar just nu. Det har inte varit ett lätt beslut.',
    'Jag har fått ett annat erbjudande, och efter mycket funderande har jag valt att tacka ja till det. Jag vill hellre vara ärlig med det än ge en annan förklaring.',
    'Jag har tackat ja till ett annat erbjudande som bättre motsvarar det jag söker just nu. Beslutet var svårt, och jag vill vara öppen med varför jag fattade det.',
  ],
  conditions: (c) => [
    `Skälet är att förutsättningarna i ${formal(c) ? 'tjänsten' : 'jobbet'} inte passar mig just nu; det insåg jag när jag tänkte igenom hur arbetsvardagen skulle se ut.`,
    'Jag har insett att arbetsupplägget inte passar mina behov så väl som jag först trodde, och det beror på min egen situation.',
    'Eftersom arbetsförhållandena inte passar min situation så väl som jag hade hoppats, är det bättre att jag säger det nu.',
  ],
  personal: () => [
    'Skälet är personligt: min situation har förändrats, och jag har inte längre möjlighet att börja som planerat.',
    'Av personliga skäl har min situation förändrats sedan jag tackade ja, och jag kan tyvärr inte börja som planerat.',
    'Eftersom mina personliga omständigheter har förändrats kan jag tyvärr inte börja som planerat.',
  ],
};

/** "en månads" and the last day, for the notice sentence; the plan gives both with `way: 'notice'`. */
const noticeMonths = (e: EndingFacts) => svMonths(e.noticeMonths ?? 1);
const lastDay = (e: EndingFacts) => (e.lastDay ? date(e.lastDay) : '');

function pick<T>(c: PhraseContext, key: string, options: readonly T[]): T {
  return options[c.pick(key, options.length)] as T;
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
    'withdrawal-email': (c) => `Återkallande av min accept – ${c.position}`,
    letter: (c) => `Återkallande av mitt accepterande av tjänsten som ${c.position}`,
    'email-ahead': (c) => `Återkallande av min accept – ${c.position} (brev följer)`,
    'confirming-email': (c) => `Bekräftelse: återkallande av min accept – ${c.position}`,
  },

  greeting(c) {
    const name = c.recipient.name;
    if (name) {
      // "Hej Anna Svensson," runs on in lower case; "Hej Anna!" is followed by a capital.
      return formal(c)
        ? { text: `Hej ${name},`, runsOn: true }
        : { text: `Hej ${firstName(name)}!`, runsOn: false };
    }
    if (!formal(c)) return { text: 'Hej!', runsOn: false };
    // A formal letter to no one in particular opens with its subject line alone (SS 03 43 21).
    return c.medium === 'letter' ? undefined : { text: 'Hej,', runsOn: true };
  },

  paragraphs: {
    'ahead-intro': (c) =>
      `Jag skickar i dag ett brev med posten, men eftersom det tar några dagar innan det kommer fram vill jag redan nu meddela att jag har beslutat att återkalla mitt accepterande av ${role(c)} hos ${c.recipient.company}.`,
    'confirming-intro': (c) => {
      const { subject, object } = you(c);
      const thanks =
        c.channel === 'meeting'
          ? `Tack för att ${subject} tog ${object} tid att träffa mig i dag.`
          : 'Tack för samtalet i dag.';
      return `${thanks} Som jag berättade har jag beslutat att ${formal(c) ? 'återkalla mitt accepterande av' : 'ta tillbaka min accept av'} ${role(c)} hos ${c.recipient.company}, och här bekräftar jag det skriftligt.`;
    },
    decision: (c) => {
      const where = `${role(c)} hos ${c.recipient.company}`;
      const accepted = c.acceptedOn ? `, som jag tackade ja till ${date(c.acceptedOn)}` : '';
      return formal(c)
        ? pick(c, 'decision', [
            `Jag skriver för att meddela att jag har beslutat att återkalla mitt accepterande av ${where}${accepted}.`,
            `Efter att ha tänkt igenom saken noga har jag beslutat att ta tillbaka min accept av ${where}.`,
            `Jag måste tyvärr meddela att jag återkallar mitt accepterande av ${where}${accepted}.`,
          ])
        : pick(c, 'decision', [
            `Jag vill berätta att jag har bestämt mig för att ta tillbaka min accept av ${where}.`,
            `Efter mycket funderande har jag bestämt mig för att tacka nej i efterhand till ${where}.`,
            `Det här är inte lätt att skriva, men jag har bestämt mig för att ta tillbaka min accept av ${where}.`,
          ]);
    },
    reason: (c) => withDetail(pick(c, 'reason', reasons[c.reason](c)), c),
    thanks: (c) => {
      const { subject, object, withColleagues } = you(c);
      return formal(c)
        ? pick(c, 'thanks', [
            `Jag är tacksam för erbjudandet och för den tid ${withColleagues} har lagt på mig under rekryteringen.`,
            `Tack för förtroendet och för all tid ${subject} har lagt på intervjuer och samtal med mig.`,
            `Jag vill tacka för erbjudandet och för att ${subject} tog ${object} tid att lära känna mig under processen.`,
          ])
        : pick(c, 'thanks', [
            `Stort tack för erbjudandet och för all tid ${subject} har lagt på mig under rekryteringen.`,
            `Tack för att ${subject} trodde på mig och för all tid ${subject} har lagt på intervjuerna.`,
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
          ]);
    },
    timing: (c) =>
      // The guide's "act fast": say that the news comes as early as it could.
      `Jag hör av mig direkt nu när jag har bestämt mig, så att ${you(c).subject} får så mycket tid som möjligt att hitta någon annan före starten ${date(c.startDate)}.`,
    'mutual-agreement': (c) =>
      formal(c)
        ? 'Eftersom vi redan har skrivit under anställningsavtalet föreslår jag att vi avslutar det genom en ömsesidig överenskommelse. Jag hjälper gärna till med det som behövs för att det ska gå smidigt.'
        : `Eftersom vi redan har skrivit under avtalet föreslår jag att vi kommer överens om att avsluta det. Säg till vad ${you(c).subject} behöver från mig, så löser vi det smidigt.`,
    'door-open': (c) =>
      formal(c)
        ? pick(c, 'door', [
            `Jag har stor respekt för ${c.recipient.company} och hoppas att våra vägar korsas igen längre fram.`,
            'Jag hoppas att vi kan hålla kontakten, och jag hör gärna av mig igen om det dyker upp en möjlighet i framtiden.',
          ])
        : pick(c, 'door', [
            'Jag hoppas verkligen att våra vägar korsas igen längre fram, och jag håller gärna kontakten.',
            'Jag hoppas att vi kan hålla kontakten, för jag skulle gärna jobba med er i framtiden.',
          ]),
    farewell: (c) =>
      c.addressee === 'person'
        ? `Jag önskar dig och ${c.recipient.company} all lycka framöver.`
        : 'Jag önskar er all lycka framöver.',
  },

  closing: (c) => (formal(c) ? 'Med vänlig hälsning' : 'Vänliga hälsningar'),

  letter: {
    dateBeforeRecipient: true,
    contactsAtFoot: true,
    subjectLine: (subject) => subject,
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
          ? `Hej, det är ${c.applicant.name}. Har du några minuter? Jag ringer angående ${role(c)}.`
          : `Hej, det är ${c.applicant.name}! Har du en stund? Jag ringer om ${role(c)}.`;
      },
      decision: (c) =>
        formal(c)
          ? 'Jag har tyvärr beslutat att återkalla mitt accepterande av tjänsten.'
          : 'Jag har bestämt mig för att ta tillbaka min accept av jobbet.',
      reason: (c) => sv.paragraphs.reason(c),
      thanks: (c) => sv.paragraphs.thanks(c),
      apology: (c) => sv.paragraphs.apology(c),
      'mutual-agreement': (c) => sv.paragraphs['mutual-agreement'](c),
      'counter-offer': () =>
        'Tack, det uppskattar jag verkligen. Men jag har tänkt igenom det noga, och mitt beslut står fast.',
      'door-open': (c) => sv.paragraphs['door-open'](c),
      closing: (c) =>
        c.channel === 'meeting'
          ? 'Jag skickar ett mejl i dag som bekräftar det vi har pratat om. Tack igen för att du tog dig tid.'
          : 'Jag skickar ett mejl i dag som bekräftar det vi har sagt. Tack igen för att du tog dig tid.',
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
      'De har erbjudit mer för att behålla dig. Bestäm i förväg om något skulle få dig att ändra dig, så att du inte behöver ta ställning på stående fot.',
    'no-written-record': (f) =>
      `${f.channel === 'meeting' ? 'Ett möte' : 'Ett telefonsamtal'} lämnar inget skriftligt underlag. Skicka det bekräftande mejlet samma dag, så att beslutet finns dokumenterat.`,
    'letter-is-slow': () =>
      'Ett brev tar flera dagar att komma fram. Skicka mejlet i förväg i dag, så att de får beskedet direkt.',
    tone: () =>
      'Håll tonen lugn, respektfull och artig hela vägen, även om de blir besvikna. Det skyddar ditt rykte i branschen.',
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
        notice: `Går inte det säger jag upp mig med ${noticeMonths(e)} uppsägningstid, och då blir min sista dag ${lastDay(e)}.`,
        immediate: 'Går inte det avbryter jag provanställningen direkt.',
        'applicable-notice': 'Går inte det säger jag upp mig med den uppsägningstid som gäller.',
        agreement: 'Anställningen är tidsbegränsad, så jag hoppas att du vill gå med på det.',
      }[e.way];
      return `${proposal} ${failing}`;
    },
  },
};
