import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** `{#id}` at the end of a heading, as in pandoc and markdown-it-attrs. */
const idMark = /\s*\{#([^}]*)\}\s*$/;

/**
 * Moves a heading's `{#id}` into `node.data.id` and removes it from the visible text. Whether the
 * id is known is the outline's business.
 */
export default function remarkHeadingIds() {
  return (tree: Root, _file: VFile): void => {
    // The outline's headings sit at the top level; nothing below it needs a look, so a loop over
    // the root's children does instead of a walk of the whole tree.
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const last = node.children.at(-1);
      if (last?.type !== 'text') continue;
      const match = idMark.exec(last.value);
      if (!match) continue;
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, id: (match[1] ?? '').trim() };
    }
  };
}
