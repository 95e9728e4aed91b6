import stringWidth, { type Options } from 'string-width';

/**
 * Text made only of characters one column wide for certain: the Latin letters of Swedish and Dutch
 * (and their neighbours), the punctuation of the guide, and the few symbols of the app's chrome.
 * All are single UTF-16 units, so the width is the string's length.
 */
const narrow =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u017f\u2013\u2014\u2018\u2019\u201a\u201c-\u201e\u2022\u2026\u2039\u203a\u2191\u2193\u2500\u2502]*$/;

/**
 * `string-width` with a fast path, put in place of the real one for Ink by the build. Ink measures
 * every line of every frame; the real function sends each non-ASCII character through a grapheme
 * segmenter and an emoji regex, which costs about a tenth of rescind's cold start. Latin text
 * takes the fast path; anything else (emoji, CJK, escape codes) gets the real function's answer.
 */
export default function fastStringWidth(text: string, options: Options = {}): number {
  // In East Asian "ambiguous as wide" mode some Latin-1 letters are two columns: no shortcut then.
  if (options.ambiguousIsNarrow !== false && typeof text === 'string' && narrow.test(text)) {
    return text.length;
  }
  return stringWidth(text, options);
}
