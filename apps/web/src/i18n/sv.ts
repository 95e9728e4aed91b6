import type { Dictionary } from './dictionary.ts';
import { svLetter } from './letter-sv.ts';

/** The site's Swedish strings. Address the reader as "du", in lower case (Språkrådet). */
export const sv: Dictionary = {
  languageName: 'Svenska',
  siteName: 'rescind',
  skipToContent: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    guide: 'Guiden',
    letter: 'Skriv ditt besked',
    switchLanguage: 'Nederlands',
  },
  front: {
    tagline: 'Ta tillbaka ditt ja till ett jobb',
    title: 'Har du tackat ja till ett jobb och ångrat dig?',
    lead: 'Här får du hjälp att ta tillbaka ditt ja i tid, ärligt och artigt: du ser vad lagen säger om din situation och får ett färdigt mejl, brev eller samtalsmanus. Allt stannar i din webbläsare.',
    write: 'Skriv mitt besked',
    position: 'Var står jag?',
    stepsTitle: 'Fem steg i korthet',
    toGuide: 'Läs hela guiden',
  },
  footer: {
    updated: (date) => `Senast uppdaterad ${date}.`,
    source: (source) => `Guiden bygger på en artikel från ${source}.`,
    privacy:
      'Det du skriver stannar i din webbläsare. Sidan skickar ingenting vidare och använder inga kakor.',
    about: 'Om guiden: källa och ändringar',
  },
  guide: {
    metaDescription:
      'Så tar du tillbaka ditt accepterande av ett jobberbjudande tidigt, ärligt och artigt: fem steg, fyra sätt att meddela beslutet och vad du bör förbereda dig på.',
    tocTitle: 'Innehåll',
    stepLabel: (n) => `Steg ${n}`,
    writeLetter: 'Skriv ditt besked',
    seePosition: 'Se vad lagen säger om din situation',
    writeLetterFor: (channelName) => `Skriv ditt besked: ${channelName.toLowerCase()}`,
    edition: (editedDate) =>
      editedDate ? `Redigerad utgåva, ${editedDate}.` : 'Redigerad utgåva.',
    credit: (source) => `Källa: ${source}.`,
    published: (date) => `Publicerad ${date}.`,
    aboutLink: 'Så har texten redigerats',
    comparison: {
      caption: 'De fyra sätten jämförda',
      channel: 'Sätt',
      writtenRecord: 'Skriftligt underlag',
      speed: 'Når fram',
      personal: 'Personligt',
      followUp: 'Följ upp med',
      yes: 'Ja',
      no: 'Nej',
      speeds: { immediate: 'Direkt', 'same-day': 'Samma dag', days: 'Efter några dagar' },
      followUps: {
        'confirming-email': 'E-post som bekräftar beslutet',
        'email-ahead': 'E-post i förväg, eftersom posten tar tid',
        none: 'Inget',
      },
    },
    channelNames: {
      phone: 'Telefonsamtal',
      letter: 'Formellt brev',
      email: 'E-post',
      meeting: 'Möte',
    },
    ctaTitle: 'Skriv ditt besked',
    ctaBody:
      'Svara på några frågor så skriver vi ett utkast som följer guiden: e-post, brev, manus för samtalet eller punkter för mötet.',
  },
  about: {
    title: 'Om guiden',
    metaDescription:
      'Guiden är en redigerad utgåva av en befintlig artikel. Här ser du källan och varje ändring, med originalets lydelse bredvid den redigerade.',
    lead: 'Guiden är en redigerad utgåva av en befintlig artikel.',
    facts: { source: 'Källa', published: 'Publicerad', edited: 'Redigerad' },
    body: [
      'Originalet är på många ställen maskinöversatt. Vi har skrivit om de meningarna så att de läses som naturlig svenska, men råden är desamma och kommer i samma ordning.',
      'Utgivarens reklam för sina egna produkter ingår inte i guiden, och inte heller tipset om en annan artikel.',
    ],
    changesTitle: 'Alla ändringar',
    changesIntro: (count) =>
      `Här är alla ${count} ändringar, avsnitt för avsnitt: först originalets lydelse, sedan den redigerade. Ändringar i reklamen som inte ingår visas inte.`,
    introPart: 'Inledning',
    original: 'Original',
    edited: 'Redigerat',
  },
  letter: svLetter,
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen kan vara felskriven, eller så har sidan flyttats.',
    toGuide: 'Till guiden på svenska',
  },
};
