import type { Channel } from '../../content/channels.ts';
import type { Locale } from '../../locales.ts';

/** Options of `lintLetter`. */
export interface LintOptions {
  locale: Locale;
  /** Dutch: `u` (formal) or `je` (informal). Swedish is always "du"; formality is in the wording. */
  formality?: 'formal' | 'informal';
  /** The channel the text is for: sets the length limit and which layout checks apply. */
  channel?: Channel;
}

/** A stretch of the checked text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What a rule sees: the draft, with quoted replies blanked out, and the options. */
export interface LintContext extends LintOptions {
  /** The draft with `>`-quoted lines replaced by spaces: same length, so offsets still hold. */
  text: string;
  /** Every match of a global pattern in the text. */
  find(pattern: RegExp): Span[];
  /** Whether the text is something sent in writing (e-mail, letter) rather than spoken from notes. */
  written: boolean;
}

/** A quoted reply is someone else's words; the guide's checks apply to what the user writes. */
const quotedLine = /^[ \t]*>.*$/gm;

export function createContext(text: string, options: LintOptions): LintContext {
  const masked = text.replace(quotedLine, (line) => ' '.repeat(line.length));
  // Several rules ask for the same pronouns or greetings; each pattern runs once per draft.
  const found = new Map<RegExp, Span[]>();
  return {
    ...options,
    text: masked,
    written:
      options.channel === undefined || options.channel === 'email' || options.channel === 'letter',
    find(pattern) {
      let spans = found.get(pattern);
      if (spans === undefined) {
        spans = [...masked.matchAll(pattern)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
        }));
        found.set(pattern, spans);
      }
      return spans;
    },
  };
}
