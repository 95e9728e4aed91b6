import { term } from './term.ts';
import type { Vocabulary } from './types.ts';

export const sv: Vocabulary = {
  locale: 'sv',
  act: {
    label: 'Ta tillbaka ditt ja',
    phrase: 'ta tillbaka ditt ja till ett jobberbjudande',
    noun: 'återkallad accept',
    written: {
      formal: 'återkalla min accept av erbjudandet',
      informal: 'ta tillbaka mitt ja till erbjudandet',
    },
    spoken: 'ta tillbaka mitt ja',
  },
  recruiter: 'rekryteraren',
  employer: 'arbetsgivaren',
  contract: 'anställningsavtalet',
  channels: {
    email: 'E-post',
    letter: 'Formellt brev',
    phone: 'Telefonsamtal',
    meeting: 'Möte',
  },
  reasons: {
    compensation: 'Lönen räcker inte',
    career: 'Tjänsten passar inte mina karriärmål',
    'better-offer': 'Jag har fått ett bättre erbjudande',
    conditions: 'Arbetsförhållandena passar mig inte',
    personal: 'Personliga skäl',
  },
  formalities: { formal: 'Formell', informal: 'Personlig' },
  salutations: { mr: 'Herr', ms: 'Fru', none: 'Inget särskilt' },
  severities: { error: 'Viktigt', warning: 'Tänk på', info: 'Tips' },
  documents: {
    email: 'E-post',
    letter: 'Brev',
    'call-script': 'Underlag för samtalet',
    'meeting-notes': 'Punkter inför mötet',
  },
  avoid: [
    {
      pattern: term(
        '\\båterkall\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:jobb)?(?:erbjudande|tillbud)\\p{L}*',
      ),
      why: 'så skriver arbetsgivaren som drar tillbaka sitt erbjudande',
      instead: 'återkalla min accept, ta tillbaka mitt ja, tacka nej i efterhand',
    },
    {
      pattern: term('\\bantagande\\p{L}*'),
      why: '”antagande” betyder förmodan, inte att man har tackat ja',
      instead: 'min accept, mitt ja',
    },
    {
      pattern: term('\\bjobbaccept\\p{L}*'),
      why: 'en översättning från engelskan som ingen svensk skribent använder',
      instead: 'ditt ja till jobbet, din accept',
    },
    {
      pattern: term('\\bjobbtillbud\\p{L}*'),
      why: 'ålderdomligt; på svenska heter det jobberbjudande',
      instead: 'jobberbjudande',
    },
    {
      pattern: term('\\bdue diligence\\b'),
      why: 'engelska',
      instead: 'tänkt igenom saken, tagit reda på det du behöver veta',
    },
    {
      pattern: term('\\b(?:pro tips?|faqs?)\\b'),
      why: 'engelska eller översatt rubrikstil',
      instead: 'Tips, Vanliga frågor',
    },
    {
      pattern: term('\\bdin beslut\\b|\\bskadad professionell rykte\\b'),
      why: 'fel genus: beslut och rykte är ett-ord',
      instead: 'ditt beslut, skadat rykte',
    },
  ],
};
