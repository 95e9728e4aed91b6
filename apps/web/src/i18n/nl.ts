import type { Dictionary } from './dictionary.ts';
import { nlLetter } from './letter-nl.ts';

/** The site's Dutch strings. The interface speaks to the reader as "je", like the guide itself. */
export const nl: Dictionary = {
  languageName: 'Nederlands',
  siteName: 'rescind',
  skipToContent: 'Direct naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    guide: 'De gids',
    letter: 'Schrijf je bericht',
    switchLanguage: 'Svenska',
  },
  footer: {
    privacy:
      'Wat je invult, blijft in je browser. Deze site stuurt niets door en gebruikt geen cookies.',
  },
  guide: {
    metaDescription:
      'Zo trek je je acceptatie van een baanaanbod vroeg, eerlijk en beleefd in: vijf stappen, vier manieren om het te laten weten en waar je op moet letten.',
    tocTitle: 'Inhoud',
    stepLabel: (n) => `Stap ${n}`,
    writeLetter: 'Schrijf je bericht',
    seePosition: 'Bekijk wat de wet zegt over jouw situatie',
    writeLetterFor: (channelName) => `Schrijf je bericht: ${channelName.toLowerCase()}`,
    correctionNote: (original, correction) =>
      `Redactionele correctie: hier staat ‘${correction}’ waar het origineel ‘${original}’ heeft.`,
    credit: (source) => `Bron: ${source}.`,
    published: (date) => `Gepubliceerd op ${date}.`,
    comparison: {
      caption: 'De vier manieren vergeleken',
      channel: 'Manier',
      writtenRecord: 'Schriftelijk vastgelegd',
      speed: 'Komt aan',
      personal: 'Persoonlijk',
      followUp: 'Daarna',
      yes: 'Ja',
      no: 'Nee',
      speeds: { immediate: 'Direct', 'same-day': 'Dezelfde dag', days: 'Na een paar dagen' },
      followUps: {
        'confirming-email': 'Een e-mail die je besluit bevestigt',
        'email-ahead': 'Vooraf een e-mail, want de post doet er dagen over',
        none: 'Niets',
      },
    },
    channelNames: {
      phone: 'Telefoongesprek',
      letter: 'Formele brief',
      email: 'E-mail',
      meeting: 'Persoonlijk gesprek',
    },
    ctaTitle: 'Schrijf je bericht',
    ctaBody:
      'Beantwoord een paar vragen en je krijgt een concept dat de gids volgt: een e-mail, een brief, een belscript of gesprekspunten.',
  },
  letter: nlLetter,
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
    toGuide: 'Naar de gids in het Nederlands',
  },
};
