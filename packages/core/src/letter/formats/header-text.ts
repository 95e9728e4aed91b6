import { wellFormed } from './utf8.ts';

/**
 * Any run of line breaks, control characters or Unicode line/paragraph separators. In a header
 * they would end the header (CR, LF) or confuse a reader's display, so they become one space:
 * that is how a subject or name typed with a stray newline can never start a header of its own.
 */
const breaksAndControls = /[\p{Cc}\u2028\u2029]+/gu;

/** Makes free text safe for a one-line header value: breaks and controls to spaces, trimmed. */
export function headerText(text: string): string {
  return wellFormed(text).replace(breaksAndControls, ' ').replace(/ {2,}/g, ' ').trim();
}
