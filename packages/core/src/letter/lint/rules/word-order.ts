import type { Locale } from '../../../locales.ts';
import type { Rule } from '../rule.ts';

/**
 * Swedish main clauses put the verb second: "Jag återkallar härmed …" or "Härmed återkallar jag
 * …", never "Jag härmed återkallar …" or "Härmed jag återkallar …". In a subordinate clause the
 * adverb does come first ("att jag härmed återkallar"), so only a sentence's start counts. The
 * look-ahead for the first letter keeps the look-behind from running at every position.
 */
const harmed: Partial<Record<Locale, RegExp>> = {
  sv: /(?=[jJhH])(?<=^|[.!?…]\s+|\n\s*|[”"]\s*)(?:jag härmed (\p{L}+)|härmed jag (\p{L}+))(?![\p{L}\p{N}])/giu,
};

export const wordOrderRule: Rule = {
  name: 'word-order',
  check(context) {
    const pattern = harmed[context.locale];
    if (!pattern) return [];
    return context.find(pattern).map((span) => {
      const verb = span.text.split(/\s+/)[2] ?? '';
      const capital = /^\p{Lu}/u.test(span.text);
      return {
        code: 'harmed-word-order' as const,
        start: span.start,
        end: span.end,
        found: span.text,
        suggestion: `${capital ? 'Jag' : 'jag'} ${verb} härmed`,
      };
    });
  },
};
