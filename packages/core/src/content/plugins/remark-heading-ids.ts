import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** `{#id}` at the end of a heading, as in pandoc and markdown-it-attrs. */
const idMark = /\s*\{#([^}]*)\}\s*$/;

/**
 * Moves a heading's `{#id}` into `node.data.id` and removes it from the visible text. Whether the
 * id is known is the outline's business.
 */
export default function remarkHeadingIds() {
  return (tree: Root, _file: VFile): void => {
    visit(tree, (node) => {
      if (node.type === 'root') return undefined;
      // The outline's headings sit at the top level; nothing below it needs a look.
      if (node.type !== 'heading') return SKIP;
      const last = node.children.at(-1);
      if (last?.type !== 'text') return SKIP;
      const match = idMark.exec(last.value);
      if (!match) return SKIP;
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, id: (match[1] ?? '').trim() };
      return SKIP;
    });
  };
}
