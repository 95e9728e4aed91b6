/** How a line of rendered text should look; the CLI and the Ink views each decide what that means. */
export type LineStyle = 'title' | 'heading' | 'subheading' | 'body' | 'tip' | 'table';

/** One terminal line of rendered guide or document text, already wrapped to the width. */
export interface Line {
  text: string;
  style: LineStyle;
}

export const blank: Line = { text: '', style: 'body' };

/** Plain text for a pipe or a file: headings underlined, the way a README reads in a terminal. */
export function linesToPlainText(lines: readonly Line[]): string {
  const out: string[] = [];
  for (const line of lines) {
    out.push(line.text);
    if (line.style === 'title') out.push('='.repeat([...line.text].length));
    if (line.style === 'heading') out.push('-'.repeat([...line.text].length));
  }
  return `${out.join('\n')}\n`;
}
