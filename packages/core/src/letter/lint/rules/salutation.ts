import type { Locale } from '../../../locales.ts';
import type { LintContext } from '../context.ts';
import { findGreeting, type Line, lines, runOn } from '../greeting.ts';
import type { Hit, Rule } from '../rule.ts';
import { dutchPronouns } from './formality.ts';

/** How each greeting word reads: the convention's own, too casual, or not endorsed. */
const greetings: Record<Locale, Record<string, 'standard' | 'casual' | 'not-endorsed'>> = {
  sv: {
    hej: 'standard',
    hejsan: 'casual',
    hallå: 'casual',
    tjena: 'casual',
    tjenare: 'casual',
    tja: 'casual',
    hejhej: 'casual',
    hi: 'casual',
    hello: 'casual',
    hey: 'casual',
    bästa: 'not-endorsed',
  },
  nl: {
    geachte: 'standard',
    beste: 'standard',
    hoi: 'casual',
    hallo: 'casual',
    hey: 'casual',
    hé: 'casual',
    hi: 'casual',
    hoihoi: 'casual',
    lieve: 'casual',
  },
};

interface Closing {
  pattern: RegExp;
  code: 'closing-dated' | 'closing-casual';
  suggestion: string;
}

/** Closings as a whole line, with or without a comma. */
const closingLine = (...words: string[]) => new RegExp(`^(?:${words.join('|')})[,.!]?$`, 'iu');

const closings: Record<Locale, Closing[]> = {
  sv: [
    {
      pattern: closingLine('högaktningsfullt'),
      code: 'closing-dated',
      suggestion: 'Med vänlig hälsning',
    },
    {
      pattern: closingLine('kram', 'kramar', 'puss', 'ha det', 'ha det bra', 'hörs', 'vi hörs'),
      code: 'closing-casual',
      suggestion: 'Med vänlig hälsning',
    },
  ],
  nl: [
    {
      pattern: closingLine('hoogachtend'),
      code: 'closing-dated',
      suggestion: 'Met vriendelijke groet,',
    },
    {
      pattern: closingLine('groetjes', 'liefs', 'doei', 'later', 'xx', 'xxx', 'kusjes', 'ciao'),
      code: 'closing-casual',
      suggestion: 'Met vriendelijke groet,',
    },
  ],
};

/** A greeting line: a greeting word, a name at most, and its punctuation. */
const greetingLine = /^(\p{L}+)(?!\p{L})(.{0,60})$/u;

/** The line's greeting word and how it reads, when the line is a greeting at all. */
function greetingOf(line: Line, locale: Locale) {
  const match = greetingLine.exec(line.text);
  const word = match?.[1] ?? '';
  const kind = Object.hasOwn(greetings[locale], word.toLowerCase())
    ? greetings[locale][word.toLowerCase()]
    : undefined;
  return match && kind ? { word, kind, rest: match[2] ?? '' } : undefined;
}

function greetingHits(line: Line, context: LintContext): Hit[] {
  const { locale } = context;
  const greeting = greetingOf(line, locale);
  if (!greeting) return [];
  const { word, kind, rest } = greeting;
  const span = { start: line.start, end: line.start + line.text.length };
  const bareWord = { ...span, end: line.start + word.length, found: word };
  // "Hej," or "Hallo!" alone greets nobody: that is the first thing to fix, casual or not.
  if (/^[\s,!.:;]*$/u.test(rest)) return [{ code: 'greeting-bare', ...span, found: line.text }];
  if (kind === 'casual') return [{ code: 'greeting-casual', ...bareWord }];
  if (kind === 'not-endorsed') return [{ code: 'greeting-not-endorsed', ...bareWord }];

  const hits: Hit[] = [];
  // A line that runs on into the body ("Hej Anna, jag skriver …") is a sentence, not a greeting;
  // "Geachte heer, mevrouw," is still one.
  const standalone = !/[.?]/.test(rest) && !runOn.test(rest);
  const name = rest.replace(/(?<![,!:;])[,!:;]+$/, '').trim();
  if (locale === 'nl' && standalone) {
    if (name === '') hits.push({ code: 'greeting-bare', ...span, found: line.text });
    else if (!rest.endsWith(',')) {
      hits.push({ code: 'greeting-punctuation', ...span, suggestion: `${word} ${name},` });
    }
    const isFormal = word.toLowerCase() === 'geachte';
    const informalText =
      context.formality === 'informal' ||
      context.find(dutchPronouns.informal).length > context.find(dutchPronouns.formal).length;
    if (isFormal && informalText) {
      hits.push({ code: 'greeting-formality', ...bareWord, register: 'informal' });
    }
  }
  // Swedish "Hej Karin" with no mark at all is the plain form (a capital follows); only a stray
  // full stop or colon after the name is wrong.
  if (locale === 'sv' && standalone && name !== '' && /[.:;]$/.test(rest)) {
    hits.push({ code: 'greeting-punctuation', ...span, suggestion: `${word} ${name}!` });
  }
  return hits;
}

/** The greeting and closing by the locale's convention; only for texts sent in writing. */
export const salutationRule: Rule = {
  name: 'salutation',
  check(context) {
    if (!context.written) return [];
    const greeting = findGreeting(context.text, (word) =>
      Object.hasOwn(greetings[context.locale], word),
    );
    const hits = greeting ? greetingHits(greeting, context) : [];
    for (const line of lines(context.text)) {
      for (const closing of closings[context.locale]) {
        if (closing.pattern.test(line.text)) {
          hits.push({
            code: closing.code,
            start: line.start,
            end: line.start + line.text.length,
            found: line.text.replace(/[,.!]$/, ''),
            suggestion: closing.suggestion,
          });
        }
      }
    }
    return hits;
  },
};
