/**
 * A term's pattern, case-insensitive and Unicode-aware. `\b` in JavaScript only knows ASCII word
 * characters (so it sees no boundary before "å"); here it means a boundary between a letter or
 * digit and anything else: a `\b` before a term's first character looks behind, any other looks
 * ahead.
 */
export function term(source: string): RegExp {
  const bounded = source.replace(/\\b([(\p{L}]?)/gu, (_match, next: string) =>
    next ? `(?<![\\p{L}\\p{N}])${next}` : '(?![\\p{L}\\p{N}])',
  );
  return new RegExp(bounded, 'iu');
}
