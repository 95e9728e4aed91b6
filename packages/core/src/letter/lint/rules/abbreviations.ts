import type { Locale } from '../../../locales.ts';
import type { Span } from '../context.ts';
import { phrases } from '../pattern.ts';
import type { Rule } from '../rule.ts';

interface Abbreviation {
  pattern: RegExp;
  suggestion: string;
}

const table: Record<Locale, Abbreviation[]> = {
  sv: [
    {
      pattern: phrases('mvh', 'm\\.v\\.h\\.?', 'mvg', 'vh', 'm\\.v\\.g\\.?'),
      suggestion: 'Med vänlig hälsning',
    },
    { pattern: phrases('tnx', 'thx', 'thnx'), suggestion: 'tack' },
    { pattern: phrases('mkt'), suggestion: 'mycket' },
    { pattern: phrases('btw'), suggestion: 'förresten' },
    { pattern: phrases('asap'), suggestion: 'så snart som möjligt' },
    { pattern: phrases('pls', 'plz'), suggestion: 'vänligen' },
    { pattern: phrases('sry'), suggestion: 'förlåt' },
  ],
  nl: [
    { pattern: phrases('mvg', 'm\\.v\\.g\\.?'), suggestion: 'Met vriendelijke groet' },
    {
      pattern: phrases('gr\\.?', 'grt', 'grtz', 'grtjs', 'grz'),
      suggestion: 'Met vriendelijke groet',
    },
    { pattern: phrases('tnx', 'thx', 'thnx', 'bvd', 'bvd\\.'), suggestion: 'bedankt' },
    { pattern: phrases('btw'), suggestion: 'trouwens' },
    { pattern: phrases('asap'), suggestion: 'zo snel mogelijk' },
    { pattern: phrases('pls', 'plz', 'aub'), suggestion: 'alstublieft' },
    { pattern: phrases('sry'), suggestion: 'excuses' },
  ],
};

/** Pictographs, not the ©/®/™ a company name may carry, and the classic emoticons. */
const emoji =
  /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|(?<![\p{L}\p{N}])[:;]-?[)(DP](?![\p{L}\p{N}])/gu;

/**
 * "MVH Bygg AB" is a company, "Mvh" or a lone "MVH" under a message is a sign-off: capitals count
 * only when they stand alone on their line.
 */
function isAcronym(span: Span, text: string): boolean {
  if (span.text !== span.text.toUpperCase()) return false;
  return !aloneOnLine(span, text);
}

const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\r';

/**
 * Whether the span is all its line holds, but for spaces and one closing `,` `.` or `!`. It looks
 * only at the span's neighbours, stopping at the first other character, so each run of spaces is
 * read at most twice however many spans a long line holds.
 */
function aloneOnLine(span: Span, text: string): boolean {
  let before = span.start - 1;
  while (isBlank(text[before])) before -= 1;
  if (before >= 0 && text[before] !== '\n') return false;
  let after = span.end;
  if (text[after] === ',' || text[after] === '.' || text[after] === '!') after += 1;
  while (isBlank(text[after])) after += 1;
  return after >= text.length || text[after] === '\n';
}

/** Chat shorthand in a letter to a future employer reads as careless; spoken notes may use it. */
export const abbreviationRule: Rule = {
  name: 'abbreviations',
  check(context) {
    if (!context.written) return [];
    return [
      ...table[context.locale].flatMap(({ pattern, suggestion }) =>
        context
          .find(pattern)
          .filter((span) => !isAcronym(span, context.text))
          .map((span) => ({
            code: 'text-abbreviation' as const,
            start: span.start,
            end: span.end,
            found: span.text,
            suggestion,
          })),
      ),
      ...context.find(emoji).map((span) => ({
        code: 'emoji' as const,
        start: span.start,
        end: span.end,
        found: span.text,
      })),
    ];
  },
};
