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
  front: {
    tagline: 'Je acceptatie van een baan intrekken',
    title: 'Een baan geaccepteerd en toch van gedachten veranderd?',
    lead: 'Hier krijg je hulp om je acceptatie op tijd, eerlijk en beleefd in te trekken: je ziet wat het arbeidsrecht over jouw situatie zegt en hebt je bericht meteen klaar, als e-mail, brief of belscript. Alles blijft in je browser.',
    write: 'Schrijf mijn bericht',
    position: 'Waar sta ik?',
    stepsTitle: 'De vijf stappen in het kort',
    toGuide: 'Lees de hele gids',
  },
  footer: {
    updated: (date) => `Laatst bijgewerkt op ${date}.`,
    source: (source) => `De gids is gebaseerd op een artikel van ${source}.`,
    privacy:
      'Wat je invult, blijft in je browser. Deze site stuurt niets door en gebruikt geen cookies.',
    about: 'Over deze gids: bron en wijzigingen',
  },
  guide: {
    metaDescription:
      'Zo trek je je acceptatie van een baanaanbod vroeg, eerlijk en beleefd in: vijf stappen, vier manieren om het te laten weten en waar je op moet letten.',
    tocTitle: 'Inhoud',
    stepLabel: (n) => `Stap ${n}`,
    writeLetter: 'Schrijf je bericht',
    seePosition: 'Bekijk wat de wet zegt over jouw situatie',
    writeLetterFor: (channelName) => `Schrijf je bericht: ${channelName.toLowerCase()}`,
    edition: (editedDate) =>
      editedDate ? `Bewerkte editie van ${editedDate}.` : 'Bewerkte editie.',
    credit: (source) => `Bron: ${source}.`,
    published: (date) => `Gepubliceerd op ${date}.`,
    aboutLink: 'Zo is de tekst bewerkt',
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
  about: {
    title: 'Over deze gids',
    metaDescription:
      'Deze gids is een bewerkte editie van een bestaand artikel. Hier zie je de bron en elke wijziging, met de oorspronkelijke tekst naast de bewerkte.',
    lead: 'Deze gids is een bewerkte editie van een bestaand artikel.',
    facts: { source: 'Bron', published: 'Gepubliceerd', edited: 'Bewerkt' },
    body: [
      'Het origineel is op veel plaatsen machinaal vertaald. Die zinnen hebben we herschreven, zodat ze lezen als natuurlijk Nederlands. De adviezen zelf en hun volgorde zijn niet veranderd.',
      'Reclame van de uitgever voor zijn eigen producten en een verwijzing naar een ander artikel zijn weggelaten.',
    ],
    changesTitle: 'Alle wijzigingen',
    changesIntro: (count) =>
      `Hieronder staan alle ${count} wijzigingen per onderdeel van de gids, telkens eerst de oorspronkelijke tekst en dan de bewerkte. Wijzigingen in de weggelaten reclame staan er niet bij.`,
    introPart: 'Inleiding',
    original: 'Origineel',
    edited: 'Bewerkt',
  },
  letter: nlLetter,
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
    toGuide: 'Naar de gids in het Nederlands',
  },
};
