import type { Nodes, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Point } from '../file-data.ts';
import { report } from '../report.ts';
import type { Correction } from '../schema.ts';

const open = '{~~';
const close = '~~}';
const arrow = '~>';

/** The point `offset` characters into a text node that starts at `start`. */
function pointAt(value: string, start: Point, offset: number): Point {
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length === 1 ? start.column + offset : (lines.at(-1)?.length ?? 0) + 1;
  return { line, column };
}

/**
 * Calls `each` on every text node, in document order. A plain recursion: unist-util-visit's
 * generality (ancestor lists, a test per node) made this walk some thirty times slower.
 */
function eachText(node: Nodes, each: (node: Text) => void): void {
  if (node.type === 'text') {
    each(node);
  } else if ('children' in node) {
    for (const child of node.children) eachText(child, each);
  }
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Applies CriticMarkup substitutions `{~~original~>correction~~}`: the text keeps the correction,
 * `file.data.corrections` keeps both sides and the line, so a frontend can show an editor's note.
 */
export default function remarkCriticMarkup() {
  return (tree: Root, file: VFile): void => {
    const corrections: Correction[] = [];
    eachText(tree, (node) => {
      if (!node.value.includes(open)) return;
      const start = node.position?.start ?? { line: 1, column: 1 };
      let value = node.value;
      let from = 0;
      for (;;) {
        const begin = value.indexOf(open, from);
        if (begin === -1) break;
        const end = value.indexOf(close, begin + open.length);
        const place = pointAt(node.value, start, begin + (node.value.length - value.length));
        if (end === -1) {
          report(file, 'unclosed-correction', place);
          break;
        }
        const inner = value.slice(begin + open.length, end);
        const nested = inner.indexOf(open);
        if (nested !== -1) {
          // The next mark opens before this one closes: this one was left open.
          report(file, 'unclosed-correction', place);
          from = begin + open.length + nested;
          continue;
        }
        const split = inner.indexOf(arrow);
        const original = squash(split === -1 ? '' : inner.slice(0, split));
        const correction = squash(split === -1 ? '' : inner.slice(split + arrow.length));
        if (original === '' || correction === '') {
          report(file, 'bad-correction', place);
          from = end + close.length;
          continue;
        }
        corrections.push({ original, correction, line: place.line });
        value = value.slice(0, begin) + correction + value.slice(end + close.length);
        from = begin + correction.length;
      }
      node.value = value;
    });
    file.data.corrections = corrections;
  };
}
