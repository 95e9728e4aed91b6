import type { Channel } from '../../content/channels.ts';
import type { Locale } from '../../locales.ts';
import { maskTyped } from './typed.ts';

/** Options of `lintLetter`. */
export interface LintOptions {
  locale: Locale;
  /** Dutch: `u` (formal) or `je` (informal). Swedish is always "du"; formality is in the wording. */
  formality?: 'formal' | 'informal';
  /** The channel the text is for: sets the length limit and which layout checks apply. */
  channel?: Channel;
  /**
   * Text the person typed (their name, the recipient's, the company, the job title): never
   * flagged, wherever it appears, so that a name like "Du" or "Bvd" or a company like "MVH Bygg AB"
   * is not read as a word.
   */
  ignore?: readonly string[];
}

/** A stretch of the checked text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What a rule sees: the draft, with quoted replies blanked out, and the options. */
export interface LintContext extends LintOptions {
  /**
   * The draft with `>`-quoted lines replaced by spaces and typed text (`ignore`) masked: same
   * length, so offsets still hold.
   */
  text: string;
  /** What a rule quotes from `text`, with the typed text as it was typed. */
  unmask(quote: string): string;
  /** Every match of a global pattern in the text. */
  find(pattern: RegExp): Span[];
  /** Whether the text is something sent in writing (e-mail, letter) rather than spoken from notes. */
  written: boolean;
}

/** A quoted reply is someone else's words; the guide's checks apply to what the user writes. */
const quotedLine = /^[ \t]*>.*$/gm;

export function createContext(text: string, options: LintOptions): LintContext {
  const { text: masked, unmask } = maskTyped(
    text.replace(quotedLine, (line) => ' '.repeat(line.length)),
    options.ignore,
  );
  // Several rules ask for the same pronouns or greetings; each pattern runs once per draft.
  const found = new Map<RegExp, Span[]>();
  return {
    ...options,
    text: masked,
    unmask,
    written:
      options.channel === undefined || options.channel === 'email' || options.channel === 'letter',
    find(pattern) {
      let spans = found.get(pattern);
      if (spans === undefined) {
        // One pass, one object per match: a draft of a megabyte may hold a quarter-million.
        spans = [];
        const flags = pattern.global ? pattern.flags : `${pattern.flags}g`;
        const copy = new RegExp(pattern.source, flags);
        for (let match = copy.exec(masked); match; match = copy.exec(masked)) {
          const [text] = match;
          spans.push({ start: match.index, end: match.index + text.length, text });
          if (text === '') copy.lastIndex += 1;
        }
        found.set(pattern, spans);
      }
      return spans;
    },
  };
}
