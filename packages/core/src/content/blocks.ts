import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { report } from './report.ts';
import type { Block } from './schema.ts';
import { plainText } from './text.ts';

/** The tip marker of the source (`💡 Proffstips: …`), written in markdown as a blockquote. */
const tipMarker = /^💡\s*/u;

/** How an author knows the markdown that has no place in the model. */
const markupNames: Partial<Record<RootContent['type'], string>> = {
  code: 'A code block',
  thematicBreak: 'A horizontal rule (---)',
  definition: 'A link definition',
};

/**
 * Turns one markdown block into a model block, or reports why it cannot be one. HTML comments
 * (editor notes) give nothing; headings are the outline's business and never reach this point.
 */
export function toBlock(node: RootContent, file: VFile): Block | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', text: plainText(node) };
    case 'list':
      return {
        type: 'list',
        ordered: node.ordered === true,
        items: node.children.map((item) => plainText(item)),
      };
    case 'blockquote': {
      const text = plainText(node);
      if (tipMarker.test(text)) return { type: 'tip', text: text.replace(tipMarker, '') };
      report(file, 'unsupported-markup', node.position, {
        kind: 'A blockquote that is not a 💡 tip',
      });
      return undefined;
    }
    case 'html':
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return undefined;
      report(file, 'unsupported-markup', node.position, { kind: 'HTML' });
      return undefined;
    default:
      report(file, 'unsupported-markup', node.position, {
        kind: markupNames[node.type] ?? `A ${node.type} block`,
      });
      return undefined;
  }
}
