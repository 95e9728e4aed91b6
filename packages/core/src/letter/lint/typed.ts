/**
 * Text the person typed (names, company, job title) is not theirs to correct: a colleague called
 * "Du", a recruiter called "Bvd Jansen" or a company "MVH Bygg AB" must not read as a pronoun,
 * chat shorthand or a sign-off. Before the rules run, each occurrence is replaced by letters of
 * the Yi syllabary, which no rule looks for but every rule still counts as a word, keeping the
 * text's length so offsets hold. Each run of non-space characters becomes one key letter plus
 * filler letters, so whatever a message quotes can be turned back into what was typed.
 */

/** The first letter of a masked run says which typed run it stands for. */
const firstKey = 0xa000;
const keys = 0x400;
/** The letters after the first in a masked run. */
const filler = '\ua48c';
const maskedRun = /[\ua000-\ua3ff]\ua48c*/gu;
const yi = /[\ua000-\ua48f]/u;

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
/**
 * A name on its own, within a sentence: after a word on the same line, not where one begins. The
 * regular expression only asks for a space or tab before it; `followsWord` looks further back,
 * since a lookbehind over a run of spaces would rescan the run at each of its spaces.
 */
const afterSpace = (sources: readonly string[]) => `(?<=[ \\t])(${word(sources.join('|'))})`;

/** Whether a word ends before the spaces or tabs that precede `offset`, on the same line. */
function followsWord(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at -= 1;
  return at >= 0 && !/[\s.!?…]/u.test(text[at] as string);
}

/** The most typed strings masked, and the longest: a form has a handful of short fields. */
export const typedLimits = { entries: 64, length: 200 } as const;

/** What masking left: the text the rules read, and how to turn a quote of it back. */
export interface Masked {
  text: string;
  /** A string taken from the masked text, with the typed words as they were typed. */
  unmask(text: string): string;
}

/**
 * Masks, in `text`, every occurrence of each typed string as a whole, and of each capitalised
 * word of it within a sentence, where a letter greets or mentions a person by first name
 * ("Hej Du!", "Beste U,"). A word at the start of a sentence or line is left alone: "U heeft"
 * and "Tack för" are the words, even when someone is called "U" or "Tack". Matching keeps case,
 * except that a title may start in lower case, as a letter writes it in running text.
 */
export function maskTyped(text: string, typed: readonly string[] = []): Masked {
  const entries = [...new Set(typed.map((entry) => entry.trim()).filter((entry) => entry !== ''))];
  // Text already written in Yi would be read back as names: leave such a rare text as it is.
  if (entries.length === 0 || yi.test(text)) return { text, unmask: (quote) => quote };

  const wholes = entries.flatMap((entry) => {
    const source = (variant: string) => variant.split(/\s+/).map(literal).join('\\s+');
    const lower = entry.charAt(0).toLocaleLowerCase() + entry.slice(1);
    // A short lower-cased name would be a pronoun ("U" → "u"); only longer titles are lowered.
    return lower !== entry && entry.length > 3 ? [source(entry), source(lower)] : [source(entry)];
  });
  const names = entries
    .flatMap((entry) => entry.split(/\s+/))
    .filter((part) => /\p{Lu}/u.test(part))
    .map(literal);
  const longestFirst = (a: string, b: string) => b.length - a.length;
  const uniqueNames = [...new Set(names)].sort(longestFirst);
  // Only the names' group captures: a match with group 1 is a name that must follow a word.
  const pattern = new RegExp(
    [
      word(wholes.sort(longestFirst).join('|')),
      ...(uniqueNames.length === 0 ? [] : [afterSpace(uniqueNames)]),
    ].join('|'),
    'gu',
  );

  const runs: string[] = [];
  const keyOf = new Map<string, number>();
  const maskRun = (run: string) => {
    let key = keyOf.get(run);
    if (key === undefined) {
      if (runs.length === keys) return run;
      key = runs.push(run) - 1;
      keyOf.set(run, key);
    }
    return String.fromCharCode(firstKey + key) + filler.repeat(run.length - 1);
  };
  const parts: string[] = [];
  let copied = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1] !== undefined && !followsWord(text, match.index)) {
      // As a failed lookbehind would: try again one character on.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    parts.push(text.slice(copied, match.index), match[0].replace(/\S+/gu, maskRun));
    copied = match.index + match[0].length;
  }
  parts.push(text.slice(copied));
  return {
    text: parts.join(''),
    unmask: (quote) =>
      quote.replace(maskedRun, (run) =>
        (runs[run.charCodeAt(0) - firstKey] ?? run).slice(0, run.length),
      ),
  };
}
