import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** `{#id}` at the end of a heading, as in pandoc and markdown-it-attrs. */
const idMark = /\s*\{#([^}]*)\}\s*$/;

/**
 * Moves a heading's `{#id}` into `node.data.id` and removes it from the visible text. Whether the
 * id is known is the outline's business.
 */
export default function remarkHeadingIds() {
  return (tree: Root, _file: VFile): void => {
    visit(tree, 'heading', (heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = idMark.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      const id = (match[1] ?? '').trim();
      heading.data = { ...heading.data, id };
    });
  };
}
