import { term } from './term.ts';
import type { Vocabulary } from './types.ts';

export const nl: Vocabulary = {
  locale: 'nl',
  act: {
    label: 'Je ja terugdraaien',
    phrase: 'je aanvaarding van een baanaanbod intrekken',
    noun: 'intrekking van mijn aanvaarding',
    written: {
      formal: 'mijn aanvaarding van het aanbod intrekken',
      informal: 'mijn ja op het aanbod terugdraaien',
    },
    spoken: 'op mijn ja terugkomen',
  },
  recruiter: 'de recruiter',
  employer: 'de werkgever',
  contract: 'de arbeidsovereenkomst',
  channels: {
    email: 'E-mail',
    letter: 'Formele brief',
    phone: 'Telefoongesprek',
    meeting: 'Persoonlijk gesprek',
  },
  reasons: {
    compensation: 'Het salaris is te laag',
    career: 'De functie past niet bij mijn loopbaan',
    'better-offer': 'Ik heb een beter aanbod gekregen',
    conditions: 'De werkomstandigheden passen niet bij mij',
    personal: 'Persoonlijke redenen',
  },
  formalities: { formal: 'Formeel (u)', informal: 'Persoonlijk (je)' },
  salutations: { mr: 'De heer', ms: 'Mevrouw', none: 'Geen voorkeur' },
  severities: { error: 'Belangrijk', warning: 'Let op', info: 'Tip' },
  documents: {
    email: 'E-mail',
    letter: 'Brief',
    'call-script': 'Belscript',
    'meeting-notes': 'Punten voor het gesprek',
  },
  avoid: [
    {
      pattern: term(
        '\\bsollicitatie\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}in(?:te)?\\s*trek|\\bsollicitatie\\s+in\\s+te\\s+trekken',
      ),
      why: 'een sollicitatie intrekken doe je vóór er een aanbod is; hier is het aanbod al geaccepteerd',
      instead: 'je aanvaarding intrekken, je ja terugdraaien',
    },
    {
      pattern: term('\\bherroep\\p{L}*'),
      why: 'herroepen is wat de werkgever met zijn aanbod doet, of juridisch jargon',
      instead: 'intrekken, terugdraaien',
    },
    {
      pattern: term('\\bontslagmail\\p{L}*|\\bontslagbrief\\p{L}*'),
      why: 'ontslag nemen doe je bij een baan waarin je al werkt',
      instead: 'e-mail waarin je je aanvaarding intrekt',
    },
    {
      pattern: term('\\baanwervende manager\\p{L}*'),
      why: 'geen Nederlands HR-taalgebruik',
      instead: 'de recruiter, de leidinggevende',
    },
    {
      pattern: term('\\bnog te doen\\b'),
      why: 'een label van een takenlijst, geen zin',
      instead: 'als je dat eenmaal gedaan hebt',
    },
    {
      pattern: term('\\bback-?up abonnement\\b|\\bvervind\\b|\\bfinanciële voorwaarde\\b'),
      why: 'vertaalfout',
      instead: 'back-upplan, navigeer door, financiële situatie',
    },
    {
      pattern: term('\\bdue diligence\\b|\\bdownside\\b|\\bpro tip\\b|\\bfaqs?\\b'),
      why: 'Engels',
      instead: 'Nadeel, Tip, Veelgestelde vragen',
    },
  ],
};
