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
/** A name on its own, within a sentence: after a word on the same line, not where one begins. */
const midSentence = (source: string) => `(?<=[^\\s.!?…][ \\t]+)${word(source)}`;

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
  const pattern = new RegExp(
    [
      ...wholes.sort(longestFirst).map(word),
      ...[...new Set(names)].sort(longestFirst).map(midSentence),
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
  return {
    text: text.replace(pattern, (occurrence) => occurrence.replace(/\S+/gu, maskRun)),
    unmask: (quote) =>
      quote.replace(maskedRun, (run) =>
        (runs[run.charCodeAt(0) - firstKey] ?? run).slice(0, run.length),
      ),
  };
}
