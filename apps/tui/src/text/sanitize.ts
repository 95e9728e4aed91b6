/**
 * Text from outside (a letter file, a `--resume` or `--input` file, a pasted draft, a path typed or
 * given on the command line) on its way to a terminal. A terminal obeys what it is sent: ESC
 * starts a command (OSC 0 sets the window title, OSC 52 writes the clipboard, CSI 2J clears the
 * screen), a bare CR moves back over what was written, C1 controls are commands in 8-bit mode and
 * bidirectional overrides reorder what the person reads. Each such character is shown instead, the
 * way a JSON string writes it (`\u001b`, `\r`), so the person sees that the file holds it and the
 * terminal obeys none of it. Every string from outside passes here before it is printed, by the
 * plain CLI and by every Ink view (`ui/Text.tsx`).
 */

// C0 controls but line feed and tab, DEL, C1 controls, the Arabic letter mark, the
// left-to-right/right-to-left marks, bidi embeddings, overrides and isolates, and the line and
// paragraph separators (which some terminals take as line breaks).
const unsafe = /\r\n|(?![\n\t])\p{Cc}|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const unsafeOrBreak = /\r\n|\p{Cc}|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

const named: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

function shown(char: string): string {
  return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export interface SanitizeOptions {
  /** Keep line feeds (and turn CRLF into one), as for a letter's lines; else show them (`\n`). */
  multiline?: boolean;
  /** What a tab becomes: kept for a pipe, a space in a view, whose layout counts no tabs. */
  tab?: string;
}

/** `text` with every character a terminal would obey shown as its escape, and nothing else changed. */
export function sanitizeForTerminal(text: string, options: SanitizeOptions = {}): string {
  const { multiline = true, tab = '\t' } = options;
  const string = typeof text === 'string' ? text : String(text);
  return string.replace(multiline ? unsafe : unsafeOrBreak, (char) => {
    if (char === '\r\n') return multiline ? '\n' : '\\r\\n';
    if (char === '\t') return tab === '\t' ? (multiline ? '\t' : '\\t') : tab;
    return shown(char);
  });
}

/** One line for a view: line breaks and tabs shown or spaced too, so the layout holds. */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text, { multiline: false, tab: ' ' });
}
