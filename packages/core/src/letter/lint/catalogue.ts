import type { Channel } from '../../content/channels.ts';
import type { SectionId } from '../../content/ids.ts';
import type { Locale } from '../../locales.ts';
import type { Severity } from '../types.ts';

/** What a rule found, for the message to quote: the words, a better wording, numbers. */
export interface Detail {
  /** The offending words as the user wrote them. */
  found?: string;
  /** A better wording, in the locale's language. */
  suggestion?: string;
  /** An explanation specific to the match (a mistranslation's meaning). */
  note?: string;
  count?: number;
  limit?: number;
  channel?: Channel;
  /** The register the rest of the text or the chosen formality uses. */
  register?: 'formal' | 'informal';
}

interface Entry {
  severity: Severity;
  /** The guide section that gives the advice; a hit may point somewhere more precise. */
  sectionId: SectionId;
  message: Record<Locale, (detail: Detail) => string>;
}

const sv = (text = '') => `”${text}”`;
const number = (locale: Locale, value = 0) => new Intl.NumberFormat(locale).format(value);
const nl = (text = '') => `‘${text}’`;

const channelSv: Record<Channel, string> = {
  email: 'ett e-postmeddelande',
  letter: 'ett brev',
  phone: 'ett telefonsamtal',
  meeting: 'ett möte',
};
const channelNl: Record<Channel, string> = {
  email: 'een e-mail',
  letter: 'een brief',
  phone: 'een telefoongesprek',
  meeting: 'een gesprek',
};

/**
 * Every finding `lintLetter` can report, one entry per code: how serious it is, which part of the
 * guide it comes from, and what to tell the user (what is wrong, and what to write instead). Codes
 * never change; frontends may key on them.
 */
export const catalogue = {
  'no-decision': {
    severity: 'error',
    sectionId: 'step-announce',
    message: {
      sv: () =>
        'Texten säger inte tydligt att du återkallar ditt accepterande. Skriv beslutet rakt ut och tidigt, till exempel: ”Jag återkallar härmed mitt accepterande av erbjudandet om tjänsten som …”.',
      nl: () =>
        'De tekst zegt niet duidelijk dat je je acceptatie intrekt. Zeg het besluit vroeg en rechtstreeks, bijvoorbeeld: ‘Hierbij trek ik mijn acceptatie van het aanbod voor de functie van … in.’',
    },
  },
  'hedged-decision': {
    severity: 'warning',
    sectionId: 'step-reflect',
    message: {
      sv: (d) =>
        `${sv(d.found)} låter som om du inte har bestämt dig. När du väl har återkallat kan du inte ändra dig: bestäm dig först och skriv sedan beslutet som ett beslut, till exempel ”Jag har beslutat att återkalla mitt accepterande”.`,
      nl: (d) =>
        `${nl(d.found)} klinkt alsof je nog twijfelt. Intrekken kun je niet terugdraaien: neem eerst een besluit en schrijf het dan ook zo op, bijvoorbeeld ‘Ik heb besloten mijn acceptatie in te trekken’.`,
    },
  },
  'decision-late': {
    severity: 'info',
    sectionId: 'step-announce',
    message: {
      sv: (d) =>
        `Beslutet (${sv(d.found)}) kommer sent i texten. Säg det redan i första stycket, så att mottagaren direkt förstår vad det gäller; förklaringen kan komma efteråt.`,
      nl: (d) =>
        `Het besluit (${nl(d.found)}) staat laat in de tekst. Zeg het al in de eerste alinea, zodat de lezer meteen weet waar het om gaat; de uitleg kan daarna komen.`,
    },
  },
  'no-thanks': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: () => 'Texten tackar inte. Tacka för erbjudandet och för den tid de har lagt på dig.',
      nl: () =>
        'De tekst bedankt niet. Bedank voor het aanbod en voor de tijd die ze in je hebben gestoken.',
    },
  },
  'no-apology': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: () => 'Texten ber inte om ursäkt. Be om ursäkt för besväret som ditt beslut orsakar.',
      nl: () =>
        'De tekst bevat geen excuses. Bied je excuses aan voor het ongemak dat je besluit veroorzaakt.',
    },
  },
  'no-reason': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: () =>
        'Texten säger inte varför. Ge en ärlig anledning i en eller två meningar, till exempel ”eftersom jag har fått ett erbjudande som stämmer bättre med mina karriärmål”.',
      nl: () =>
        'De tekst noemt geen reden. Geef in een of twee zinnen een eerlijke reden, bijvoorbeeld ‘omdat ik een aanbod heb gekregen dat beter past bij wat ik in mijn loopbaan wil’.',
    },
  },
  'weak-excuse': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: (d) =>
        `${sv(d.found)} är en vag ursäkt, och guiden avråder från svaga eller abstrakta ursäkter. Säg kort och ärligt vad det gäller, till exempel ”Skälet är att jag har fått ett annat erbjudande” eller ”Skälet är personligt: min situation har förändrats”.`,
      nl: (d) =>
        `${nl(d.found)} is een vaag excuus, en de gids raadt vage of abstracte excuses af. Zeg kort en eerlijk waar het om gaat, bijvoorbeeld ‘De reden is dat ik een ander aanbod heb gekregen’ of ‘De reden is persoonlijk: mijn situatie is veranderd’.`,
    },
  },
  'reason-too-detailed': {
    severity: 'info',
    sectionId: 'downside-future',
    message: {
      sv: (d) =>
        `${sv(d.found)} är en detalj som mottagaren inte behöver. Var ärlig om anledningen men ge inte för många detaljer: skriv hellre ”av hälsoskäl” eller ”lönen räcker inte för min situation”.`,
      nl: (d) =>
        `${nl(d.found)} is een detail dat de ontvanger niet hoeft te weten. Wees eerlijk over de reden, maar geef niet te veel details: schrijf liever ‘vanwege mijn gezondheid’ of ‘het salaris past niet bij mijn situatie’.`,
    },
  },
  'reason-too-long': {
    severity: 'info',
    sectionId: 'downside-future',
    message: {
      sv: (d) =>
        `Stycket med anledningen har ${d.count} ord. Var ärlig men inte detaljerad: en eller två meningar räcker.`,
      nl: (d) =>
        `De alinea met de reden telt ${d.count} woorden. Wees eerlijk, maar niet uitvoerig: een of twee zinnen zijn genoeg.`,
    },
  },
  'employer-criticism': {
    severity: 'warning',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} är kritik mot arbetsgivaren. Håll tonen lugn och respektfull även om det är den verkliga anledningen; skriv hellre att villkoren inte passar dig.`,
      nl: (d) =>
        `${nl(d.found)} is kritiek op de werkgever. Blijf kalm en respectvol, ook als dat de echte reden is; schrijf liever dat de omstandigheden niet bij je passen.`,
    },
  },
  'too-long': {
    severity: 'warning',
    sectionId: 'channel-email',
    message: {
      sv: (d) =>
        `Texten har ${d.count} ord; för ${channelSv[d.channel ?? 'email']} räcker högst ${d.limit}. Korta ner den, särskilt förklaringen.`,
      nl: (d) =>
        `De tekst telt ${d.count} woorden; voor ${channelNl[d.channel ?? 'email']} zijn er ${d.limit} genoeg. Kort hem in, vooral de uitleg.`,
    },
  },
  'mixed-formality': {
    severity: 'error',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} bryter mot tilltalet i resten av texten. Använd samma tilltal genom hela texten: ”du” och ”dig” till en person.`,
      nl: (d) =>
        d.register === 'formal'
          ? `${nl(d.found)} is informeel, terwijl de tekst verder ${nl('u')} gebruikt. Kies één vorm: overal ${nl('u')} en ${nl('uw')}.`
          : `${nl(d.found)} is formeel, terwijl de tekst verder ${nl('je')} gebruikt. Kies één vorm: overal ${nl('je')} en ${nl('jouw')}.`,
    },
  },
  'formality-mismatch': {
    severity: 'warning',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} passar inte det tilltal du har valt. Skriv ”du” och ”dig” till en person, med liten bokstav.`,
      nl: (d) =>
        d.register === 'formal'
          ? `${nl(d.found)} is informeel, maar je koos een formele brief. Gebruik ${nl('u')} en ${nl('uw')}.`
          : `${nl(d.found)} is formeel, maar je koos een informele brief. Gebruik ${nl('je')} en ${nl('jouw')}.`,
    },
  },
  'capitalised-du': {
    severity: 'warning',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} med stor bokstav mitt i en mening uppfattas som ålderdomligt. Skriv ${sv(d.suggestion)}.`,
      nl: (d) =>
        `${nl(d.found)} hoort midden in een zin met een kleine letter: ${nl(d.suggestion)}.`,
    },
  },
  'polite-ni': {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} till en enskild person låter distanserat. Skriv ”du” även i ett formellt brev; formaliteten ligger i ordvalet.`,
      nl: (d) =>
        `${nl(d.found)} klinkt afstandelijk. Schrijf ${nl('u')} of ${nl('je')}, en houd dat de hele tekst vol.`,
    },
  },
  'text-abbreviation': {
    severity: 'warning',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) => `${sv(d.found)} är en sms-förkortning. Skriv ut det: ${sv(d.suggestion)}.`,
      nl: (d) =>
        `${nl(d.found)} is een afkorting die niet in een zakelijk bericht hoort. Schrijf het voluit: ${nl(d.suggestion)}.`,
    },
  },
  emoji: {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) => `${sv(d.found)} hör hemma i chatt, inte i det här meddelandet. Ta bort det.`,
      nl: (d) => `${nl(d.found)} hoort in een chat, niet in dit bericht. Haal het weg.`,
    },
  },
  'greeting-bare': {
    severity: 'warning',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} hälsar på ingen. Skriv namnet, till exempel ”Hej Anna!” eller ”Hej Anna Svensson”, eller ”Hej alla på …!” till ett företag.`,
      nl: (d) =>
        `${nl(d.found)} zonder naam is onvolledig. Schrijf bijvoorbeeld ‘Geachte heer Jansen,’, ‘Geachte heer, mevrouw,’ of ‘Beste Anna,’.`,
    },
  },
  'greeting-punctuation': {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `Efter hälsningen hör ett utropstecken eller kommatecken hemma: ${sv(d.suggestion)}.`,
      nl: (d) => `Na de aanhef hoort een komma: ${nl(d.suggestion)}.`,
    },
  },
  'greeting-formality': {
    severity: 'warning',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} passar inte tonen i resten av texten. Skriv ”Hej” och namnet, som passar i alla lägen.`,
      nl: (d) =>
        d.register === 'informal'
          ? `${nl(d.found)} is een formele aanhef, maar de tekst zegt ${nl('je')}. Begin met ‘Beste …,’ of gebruik overal ${nl('u')} en ${nl('uw')}.`
          : `${nl(d.found)} is een informele aanhef, maar de tekst zegt ${nl('u')}. Begin met ‘Geachte …,’ of ‘Beste …,’.`,
    },
  },
  'greeting-casual': {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} är för vardagligt för det här meddelandet. Skriv ”Hej” och namnet.`,
      nl: (d) =>
        `${nl(d.found)} is te amicaal voor dit bericht. Begin met ‘Beste …,’ of ‘Geachte …,’.`,
    },
  },
  'greeting-not-endorsed': {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} är vanligt, men en del läsare uppfattar det som stelt. Skriv ”Hej” och namnet, som passar i alla lägen: ”Hej Anna!” eller ”Hej Anna Svensson”.`,
      nl: (d) =>
        `${nl(d.found)} is geen gebruikelijke aanhef. Schrijf ‘Geachte heer Jansen,’ of ‘Beste Anna,’.`,
    },
  },
  'closing-dated': {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) => `${sv(d.found)} är ålderdomligt. Skriv ${sv(d.suggestion)}.`,
      nl: (d) =>
        `${nl(d.found)} is erg afstandelijk. De gebruikelijke afsluiting is ${nl(d.suggestion)}.`,
    },
  },
  'closing-casual': {
    severity: 'info',
    sectionId: 'downside-reputation',
    message: {
      sv: (d) =>
        `${sv(d.found)} är för personligt för det här meddelandet. Skriv ${sv(d.suggestion)}.`,
      nl: (d) => `${nl(d.found)} is te amicaal voor dit bericht. Schrijf ${nl(d.suggestion)}.`,
    },
  },
  'withdrawn-application': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: (d) =>
        `${sv(d.found)} betyder att du drar tillbaka en ansökan, men du har redan tackat ja till ett erbjudande. Skriv ”jag återkallar mitt accepterande av erbjudandet” eller ”jag tar tillbaka mitt ja”.`,
      nl: (d) =>
        `${nl(d.found)} gaat over het intrekken van een sollicitatie, maar je hebt het aanbod al geaccepteerd. Schrijf ‘ik trek mijn acceptatie van het aanbod in’.`,
    },
  },
  resignation: {
    severity: 'warning',
    sectionId: 'faq-quit-after-start',
    message: {
      sv: (d) =>
        `${sv(d.found)} är en uppsägning från ett jobb du redan har börjat på. Har du inte börjat än, skriv ”jag återkallar mitt accepterande av erbjudandet” eller ”jag tar tillbaka mitt ja”.`,
      nl: (d) =>
        `${nl(d.found)} is ontslag nemen bij een baan waar je al werkt. Ben je nog niet begonnen, schrijf dan ‘ik trek mijn acceptatie van het aanbod in’.`,
    },
  },
  'harmed-word-order': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: (d) =>
        `${sv(d.found)}: i en huvudsats kommer verbet på andra plats. Skriv ${sv(d.suggestion)} eller ”Härmed ${(d.suggestion ?? '').split(' ')[1] ?? ''} jag”.`,
      nl: (d) => `${nl(d.found)}: zet het werkwoord vooraan, ${nl(d.suggestion)}.`,
    },
  },
  'source-mistranslation': {
    severity: 'warning',
    sectionId: 'step-announce',
    message: {
      sv: (d) => `${sv(d.found)}: ${d.note}`,
      nl: (d) => `${nl(d.found)}: ${d.note}`,
    },
  },
  'draft-too-long': {
    severity: 'error',
    sectionId: 'channel-email',
    message: {
      sv: (d) =>
        `Texten är ${number('sv', d.count)} tecken lång, och kontrollen läser högst ${number('sv', d.limit)}. Ett återkallande får plats på en halv sida, omkring 2 000 tecken: korta ner texten så kontrolleras den igen.`,
      nl: (d) =>
        `De tekst is ${number('nl', d.count)} tekens lang en de controle leest er hooguit ${number('nl', d.limit)}. Een intrekking past op een halve pagina, zo’n 2000 tekens: maak de tekst korter, dan wordt hij opnieuw gecontroleerd.`,
    },
  },
} as const satisfies Record<string, Entry>;

/** A finding's code: the keys of the catalogue. */
export type LintCode = keyof typeof catalogue;

/** The codes `lintLetter` may report, for documentation and for frontends that filter. */
export const lintCodes = Object.keys(catalogue) as LintCode[];
