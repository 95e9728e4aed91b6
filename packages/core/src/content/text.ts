import type { Nodes } from 'mdast';

function collect(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
    case 'yaml':
      return '';
    case 'root':
    case 'blockquote':
    case 'list':
    case 'listItem':
      // Blocks inside blocks (the paragraphs of a list item) are separate runs of text.
      return node.children.map((child) => collect(child)).join(' ');
    default:
      return 'children' in node ? node.children.map((child) => collect(child)).join('') : '';
  }
}

/**
 * The plain text a reader sees in a node. Line breaks inside a paragraph and runs of spaces are
 * one space, so soft-wrapped, CRLF or trailing-space sources give the same text.
 */
export function plainText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}
