import type { Locale } from '../../../locales.ts';
import { phrases } from '../pattern.ts';
import type { Rule } from '../rule.ts';

interface WrongAct {
  pattern: RegExp;
  act: 'application' | 'resignation';
}

/**
 * The wrong act. After a yes to an offer there is no application left to withdraw, and before the
 * first day there is no job to resign from: both wordings tell the reader something else happened.
 * Every grammatical form counts ("trek mijn sollicitatie in", "sollicitatie ingetrokken").
 */
export const wrongActs: Record<Locale, WrongAct[]> = {
  sv: [
    {
      pattern: phrases(
        '(återkall|dra|drog|ta|tog)\\p{L}* (jag |du )?(härmed |nu |därför |tyvärr |alltså ){0,2}(tillbaka )?(min|din) (jobb)?ansökan',
        '(återkallande|tillbakadragande)(t)? av (min|din) (jobb)?ansökan',
      ),
      act: 'application',
    },
    {
      pattern: phrases(
        'säg\\p{L}* (jag |du )?(härmed |nu |därför |tyvärr ){0,2}upp mig',
        'sagt upp mig',
        '(min|din) uppsägning',
        'lämna\\p{L}* in (min|din) uppsägning',
      ),
      act: 'resignation',
    },
  ],
  nl: [
    {
      pattern: phrases(
        '(sollicitatie|sollicitaties) (\\p{L}+ ){0,2}(in te trekken|intrekken|intrek|intrekt|ingetrokken|terugtrekken|terug te trekken|teruggetrokken)',
        '(trek|trekt|trok|trokken) (ik |u |je )?(hierbij |bij deze |dus |helaas )?(mijn|uw|je) sollicitatie (\\p{L}+ ){0,6}(in|terug)',
        'intrekking van (mijn|uw|je) sollicitatie',
      ),
      act: 'application',
    },
  ],
};

/** The guide's act is withdrawing an acceptance; not an application, not a resignation. */
export const actRule: Rule = {
  name: 'act',
  check(context) {
    return wrongActs[context.locale].flatMap(({ pattern, act }) =>
      context.find(pattern).map((span) => ({
        code: act === 'application' ? ('withdrawn-application' as const) : ('resignation' as const),
        start: span.start,
        end: span.end,
        found: span.text,
        ...(act === 'resignation' ? { sectionId: 'faq-quit-after-start' as const } : {}),
      })),
    );
  },
};
