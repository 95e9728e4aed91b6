import type { Span } from '../context.ts';
import { casedPhrases, phrases } from '../pattern.ts';
import type { Hit, Rule } from '../rule.ts';

/** Dutch pronouns by register (Taaladvies: never mix u and je in one text). */
export const dutchPronouns = {
  formal: phrases('u', 'uw', 'uwe'),
  informal: phrases('je', 'jij', 'jou', 'jouw', 'jullie'),
};

/**
 * Swedish: "du" is lower case (Språkrådet); a capital mid-sentence reads as old-fashioned. A
 * capitalised "Ni" is the old polite form to one person. Only a capital after a lower-case letter,
 * digit or comma counts (after a line break or full stop it starts a sentence), and not when a
 * capitalised word follows, as in the surname "Anna Du Rietz".
 */
const midSentence = (...words: string[]) =>
  new RegExp(`(?<=[\\p{Ll}\\p{N},;] )${casedPhrases(...words).source}(?!\\s+\\p{Lu})`, 'gu');
const capitalDu = midSentence('Du', 'Dig', 'Din', 'Ditt', 'Dina');
const capitalNi = midSentence('Ni', 'Er', 'Ert', 'Era');

const hits = (code: Hit['code'], spans: Span[], register?: 'formal' | 'informal'): Hit[] =>
  spans.map((span) => ({
    code,
    start: span.start,
    end: span.end,
    found: span.text,
    suggestion: span.text.toLowerCase(),
    ...(register ? { register } : {}),
  }));

/** One register throughout: the chosen one if given, else whichever the text mostly uses. */
export const formalityRule: Rule = {
  name: 'formality',
  check(context) {
    if (context.locale === 'sv') {
      return [
        ...hits('capitalised-du', context.find(capitalDu)),
        ...hits('polite-ni', context.find(capitalNi)),
      ];
    }
    const formal = context.find(dutchPronouns.formal);
    const informal = context.find(dutchPronouns.informal);
    const register =
      context.formality ??
      (formal.length === 0 && informal.length === 0
        ? undefined
        : formal.length >= informal.length
          ? 'formal'
          : 'informal');
    if (register === undefined) return [];
    const wrong = register === 'formal' ? informal : formal;
    const right = register === 'formal' ? formal : informal;
    // Mixed when both registers appear; plainly the other register when only it appears.
    return hits(right.length > 0 ? 'mixed-formality' : 'formality-mismatch', wrong, register);
  },
};
