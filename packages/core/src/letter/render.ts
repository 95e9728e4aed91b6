/**
 * A document as blocks, and the two ways it is shipped as text: plain (for e-mail bodies and
 * copying) and CommonMark (for display). Blocks hold finished sentences; rendering never words.
 */
export type Block =
  /** Lines kept as lines: an address, a date line, a signature. */
  | { type: 'lines'; lines: string[] }
  | { type: 'paragraph'; text: string }
  /** A letter's subject line, set in bold where the format allows. */
  | { type: 'subject'; text: string }
  | { type: 'heading'; text: string }
  /** Words to say aloud, already in quotation marks for plain text. */
  | { type: 'say'; quoted: string; bare: string }
  | { type: 'list'; items: { label: string; quoted: string; bare: string }[] };

function blockText(block: Block): string {
  switch (block.type) {
    case 'lines':
      return block.lines.join('\n');
    case 'paragraph':
    case 'subject':
    case 'heading':
      return block.text;
    case 'say':
      return block.quoted;
    case 'list':
      return block.items.map((item) => `- ${item.label}: ${item.quoted}`).join('\n');
  }
}

/** Plain text: blocks separated by a blank line, every line ending in `\n`. */
export function renderText(blocks: Block[]): string {
  return `${blocks.map(blockText).join('\n\n')}\n`;
}

// Characters that mean something inline in CommonMark; a company called "*Acme*" stays literal.
const inlineSpecial = /[\\`*_[\]<>&~|]/g;
// What would turn the start of a line into a heading, list, rule or setext underline.
const blockMark = /^(\s*)([#=+-])/;
// "1984. " would start an ordered list; the digits cannot be escaped, the dot after them can.
const orderedMark = /^(\s*\d+)([.)])/;

const hasInlineSpecial = /[\\`*_[\]<>&~|]/;
const hasLineStartMark = /^\s*(?:[#=+-]|\d+[.)])/;

/** Escapes text so that CommonMark shows it exactly as written. */
export function escapeMarkdown(text: string): string {
  // Most text has nothing to escape; two tests spare three replacements. Two, not one regex with
  // both as alternatives: that one tried the anchored branch at every character and took a tenth
  // of a letter's time.
  if (!hasInlineSpecial.test(text) && !hasLineStartMark.test(text)) return text;
  return text
    .replace(inlineSpecial, '\\$&')
    .replace(blockMark, '$1\\$2')
    .replace(orderedMark, '$1\\$2');
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'lines':
      // A backslash at the end of a line is CommonMark's hard line break.
      return block.lines.map(escapeMarkdown).join('\\\n');
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'subject':
      return `**${escapeMarkdown(block.text)}**`;
    case 'heading':
      return `## ${escapeMarkdown(block.text)}`;
    case 'say':
      return `> ${escapeMarkdown(block.bare)}`;
    case 'list':
      return block.items
        .map((item) => `- **${escapeMarkdown(item.label)}:** ${escapeMarkdown(item.bare)}`)
        .join('\n');
  }
}

/** CommonMark: the same blocks, with hard line breaks, bold subject, headings and quotes. */
export function renderMarkdown(blocks: Block[]): string {
  return `${blocks.map(blockMarkdown).join('\n\n')}\n`;
}
