import type { SectionId } from '../../../content/ids.ts';
import type { Locale } from '../../../locales.ts';
import { phrases } from '../pattern.ts';
import type { Rule } from '../rule.ts';

interface Mistranslation {
  pattern: RegExp;
  /** What the words really say, and what to write instead, in the locale's language. */
  note: string;
  /** The guide section where the source article has the error. */
  sectionId: SectionId;
}

/**
 * The source articles' translation errors (see the articles' README): a user who copies from
 * the published guide would carry them into the letter.
 */
const table: Record<Locale, Mistranslation[]> = {
  sv: [
    {
      pattern: phrases(
        'återkall\\p{L}* (jag |du )?(ett |mitt |ditt |detta |det |ert |sitt )?(jobb)?erbjudande(t)?',
        'återkall\\p{L}* (jag |du )?(ett |mitt |ditt |det )?jobb(et)?',
      ),
      note: 'så skriver arbetsgivaren som drar tillbaka sitt erbjudande. Skriv ”återkalla mitt accepterande” eller ”tacka nej i efterhand”.',
      sectionId: 'step-announce',
    },
    {
      pattern: phrases('(återkall|ångr)\\p{L}* (mitt|ditt|sitt) antagande'),
      note: '”antagande” betyder förmodan. Skriv ”mitt accepterande” eller ”min accept”.',
      sectionId: 'step-announce',
    },
  ],
  nl: [
    {
      pattern: phrases('ontslag\\p{L}*'),
      note: 'ontslag nemen doe je bij een baan waar je al werkt. Ben je nog niet begonnen? Schrijf dan ‘intrekking van mijn acceptatie’.',
      sectionId: 'faq-quit-after-start',
    },
    {
      pattern: phrases(
        '(e-?mail|mail|brief|bericht)\\p{L}* (\\p{L}+ ){0,4}om (een|de|deze) (baan|functie) aan te nemen',
      ),
      note: 'een baan aannemen betekent juist ja zeggen. Bedoel je het tegendeel, schrijf dan ‘mijn acceptatie intrekken’.',
      sectionId: 'channel-email',
    },
    {
      pattern: phrases('(als|wanneer|nu) (je|u) nog te doen heb(t|ben)', 'nog te doen kan'),
      note: '‘Nog te doen’ komt uit een lijst met taken en betekent hier niets. Bedoeld is ‘als je dat eenmaal hebt gedaan’.',
      sectionId: 'downside-future',
    },
    {
      pattern: phrases('back-?up[- ]?abonnement(en)?'),
      note: 'een abonnement is iets waarvoor je betaalt. Bedoeld is ‘een back-upplan’.',
      sectionId: 'downside-finances',
    },
    {
      pattern: phrases('financiële voorwaarde'),
      note: 'bedoeld is ‘financiële situatie’.',
      sectionId: 'downside-finances',
    },
    {
      pattern: phrases('weerhouden om de nieuwe baan te accepteren'),
      note: 'dit zegt het omgekeerde van wat bedoeld is: ‘weerhouden om je acceptatie in te trekken’.',
      sectionId: 'step-alternatives',
    },
    {
      pattern: phrases('vervind\\p{L}*'),
      note: 'dit woord bestaat niet. Schrijf ‘verwerk’ of ‘navigeer door’.',
      sectionId: 'verdict',
    },
  ],
};

/** Never the source's mistranslations. */
export const mistranslationRule: Rule = {
  name: 'mistranslations',
  check(context) {
    return table[context.locale].flatMap(({ pattern, note, sectionId }) =>
      context.find(pattern).map((span) => ({
        code: 'source-mistranslation' as const,
        start: span.start,
        end: span.end,
        found: span.text,
        note,
        sectionId,
      })),
    );
  },
};
