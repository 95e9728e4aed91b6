/**
 * Builds the case-insensitive, Unicode-aware patterns the rules match with. JavaScript's `\b` only
 * knows ASCII letters, so "ursäkt" would have a word boundary inside it; these boundaries treat
 * any letter, digit or hyphen as part of a word. A space in a phrase matches any run of
 * whitespace (` ?` any or none), so a phrase still matches when a line break falls inside it.
 */
export function phrases(...sources: readonly string[]): RegExp {
  const body = sources
    .map((source) => source.replaceAll(' ?', '\\s*').replaceAll(' ', '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${body})(?![\\p{L}\\p{N}_-])`, 'giu');
}

/** Like `phrases`, but case matters: for capitalised pronouns and labels. */
export function casedPhrases(...sources: readonly string[]): RegExp {
  const pattern = phrases(...sources);
  return new RegExp(pattern.source, 'gu');
}
