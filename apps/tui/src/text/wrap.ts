// A base character with its combining marks, variation selectors and zero-width-joined partners:
// what a terminal draws as one character.
// (Intl.Segmenter does this fully, but building one costs 10–20 ms of a cold start.)
const cluster = /\P{M}(?:\p{M}|\ufe0e|\ufe0f|\u200d\P{M})*/gu;
// East Asian wide characters and emoji take two columns.
const wide =
  /^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

function clusters(text: string): string[] {
  return text.match(cluster) ?? [];
}

function clusterWidth(part: string): number {
  return wide.test(part) ? 2 : 1;
}

/**
 * Columns a string takes on a terminal: one per character, a combining mark adding none (so a
 * decomposed "å" counts once), two for wide East Asian characters and emoji.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const part of clusters(text)) width += clusterWidth(part);
  return width;
}

/** Cuts a string to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let keptWidth = 0;
  for (const part of clusters(text)) {
    if (keptWidth + clusterWidth(part) > width - 1) break;
    kept += part;
    keptWidth += clusterWidth(part);
  }
  return `${kept}…`;
}

function splitLongWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const part of clusters(word)) {
    if (pieceWidth + clusterWidth(part) > width && pieceWidth > 0) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += part;
    pieceWidth += clusterWidth(part);
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

export interface WrapOptions {
  /** Put before the first line ("1. ", "• "); later lines are indented by its width. */
  prefix?: string;
}

/**
 * Word-wraps one paragraph to `width` columns. Runs of whitespace collapse to one space; a word
 * longer than a line (a URL, a long compound) is broken rather than overflowing the terminal.
 */
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
  const prefix = options.prefix ?? '';
  const indent = ' '.repeat(displayWidth(prefix));
  const room = Math.max(1, width - displayWidth(prefix));
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = displayWidth(word);
    if (lineWidth > 0 && lineWidth + 1 + wordWidth <= room) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (lineWidth > 0) lines.push(line);
    if (wordWidth <= room) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = splitLongWord(word, room);
    line = pieces.pop() ?? '';
    lineWidth = displayWidth(line);
    lines.push(...pieces);
  }
  if (lineWidth > 0 || lines.length === 0) lines.push(line);
  return lines.map((content, index) => (index === 0 ? prefix : indent) + content);
}
