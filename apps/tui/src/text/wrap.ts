const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Columns a string takes on a terminal. The guide and letters are Swedish and Dutch, so one
 * grapheme is one column; counting graphemes keeps a decomposed "å" or an emoji from skewing it.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of graphemes.segment(text)) width += 1;
  return width;
}

/** Cuts a string to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === width - 1) break;
    kept.push(segment);
  }
  return `${kept.join('')}…`;
}

function splitLongWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const { segment } of graphemes.segment(word)) {
    if (pieceWidth === width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += segment;
    pieceWidth += 1;
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
