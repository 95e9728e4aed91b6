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
  footer: {
    privacy:
      'Det du skriver stannar i din webbläsare. Sidan skickar ingenting vidare och använder inga kakor.',
  },
  guide: {
    metaDescription:
      'Så tar du tillbaka ditt accepterande av ett jobberbjudande tidigt, ärligt och artigt: fem steg, fyra sätt att meddela beslutet och vad du bör förbereda dig på.',
    tocTitle: 'Innehåll',
    stepLabel: (n) => `Steg ${n}`,
    writeLetter: 'Skriv ditt besked',
    seePosition: 'Se vad lagen säger om din situation',
    writeLetterFor: (channelName) => `Skriv ditt besked: ${channelName.toLowerCase()}`,
    correctionNote: (original, correction) =>
      `Redaktionell rättelse: här står ”${correction}” där originalet har ”${original}”.`,
    credit: (source) => `Källa: ${source}.`,
    published: (date) => `Publicerad ${date}.`,
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
  letter: svLetter,
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen kan vara felskriven, eller så har sidan flyttats.',
    toGuide: 'Till guiden på svenska',
  },
};
