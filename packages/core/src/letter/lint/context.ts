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
  /** The line (without its line break) that holds `offset`. */
  lineAt(offset: number): Span;
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
  let lineStarts: number[] | undefined;
  return {
    ...options,
    text: masked,
    unmask,
    written:
      options.channel === undefined || options.channel === 'email' || options.channel === 'letter',
    lineAt(offset) {
      lineStarts ??= startsOfLines(masked);
      const index = lastAtOrBefore(lineStarts, offset);
      const start = lineStarts[index] ?? 0;
      const next = lineStarts[index + 1];
      const end = next === undefined ? masked.length : next - 1;
      return { start, end, text: masked.slice(start, end) };
    },
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

/** Where each line starts: a line/column lookup in O(log n), not a scan back from each offset. */
export function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

/** The index of the last of the ascending `values` that is at most `target` (0 if none). */
export function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((values[middle] as number) <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}
