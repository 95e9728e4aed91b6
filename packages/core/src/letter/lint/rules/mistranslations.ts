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
 * Up to three words between the verb and its object ("återkallade jag i går jobberbjudandet"),
 * but not the words of the right act: "återkallar mitt accepterande av erbjudandet" is correct.
 */
const between =
  '(?:(?!(?:accepterande\\p{L}*|accept\\p{L}*|ja|av|till|om)(?![\\p{L}\\p{N}_-]))\\p{L}+\\s+){0,3}';

/**
 * The source articles' translation errors (see the articles' README): a user who copies from
 * the published guide would carry them into the letter.
 */
const table: Record<Locale, Mistranslation[]> = {
  sv: [
    {
      // Any form of the verb, with "härmed", "nu" or "tyvärr" between: "Jag återkallar härmed
      // erbjudandet", "återkallade jobbet".
      pattern: phrases(
        `återkall\\p{L}* ${between}(ett |mitt |ditt |detta |det |ert |sitt |erat |er )?(jobb|anställnings)?erbjudande(t)?`,
        `återkall\\p{L}* ${between}(ett |mitt |ditt |det )?(jobb(et)?|tjänsten|anställningen)`,
      ),
      note: 'så skriver arbetsgivaren som drar tillbaka sitt erbjudande. Skriv ”återkalla mitt accepterande” eller ”tacka nej i efterhand”.',
      sectionId: 'step-announce',
    },
    {
      pattern: phrases(
        `(återkall|ångr|dra|drog|ta|tog)\\p{L}* ${between}(tillbaka )?(mitt|ditt|sitt) antagande(t)?( av)?`,
        '(mitt|ditt) antagande (av|till) (erbjudandet|tjänsten|jobbet)',
        'återkallande(t)? av (mitt|ditt) antagande',
      ),
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
      // "Herroepen" is the consumer's right of withdrawal from a purchase (BW 6:230o), not how
      // one takes back a yes to a job.
      pattern: phrases('herroep\\p{L}*', 'herriep\\p{L}*', 'herroepen', 'herroeping\\p{L}*'),
      note: 'herroepen klinkt juridisch en hoort bij het terugdraaien van een koop. Schrijf ‘ik trek mijn acceptatie van het aanbod in’.',
      sectionId: 'step-announce',
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
