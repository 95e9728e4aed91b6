import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toBlock } from './blocks.ts';
import type { PromotionRegion } from './file-data.ts';
import { labelOf } from './outline.ts';
import type { Part } from './parts.ts';
import { report } from './report.ts';
import type { Block, Downside, Promotion, Section } from './schema.ts';
import { plainText } from './text.ts';

/** Paragraphs and tips only: where the guide explains, a list has no place. */
export function prose(nodes: RootContent[], label: string, file: VFile): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      report(file, 'unexpected-list', node.position, { label });
      continue;
    }
    const block = toBlock(node, file);
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * Reports a section with nothing under its heading. Text that was there but rejected (a list where
 * a paragraph belongs) has its own report, so it does not also count as empty.
 */
export function nonEmpty(blocks: Block[], nodes: RootContent[], part: Part, file: VFile): Block[] {
  if (blocks.length === 0 && nodes.every((node) => node.type === 'html')) {
    report(file, 'empty-section', part.heading.position, { label: labelOf(part.id) });
  }
  return blocks;
}

export function section(part: Part, blocks: Block[]): Section {
  return { id: part.id, title: plainText(part.heading), blocks };
}

/** The good-faith section: prose that leads into the list of benefits. */
export function goodFaith(part: Part, file: VFile): Section {
  const blocks: Block[] = [];
  for (const node of part.nodes) {
    const block = toBlock(node, file);
    if (block) blocks.push(block);
  }
  if (!blocks.some((block) => block.type === 'list')) {
    const last = part.nodes.findLast((node) => node.type === 'paragraph');
    report(file, 'missing-list', (last ?? part.heading).position, {
      label: labelOf(part.id),
      list: 'the benefits of good faith',
    });
  }
  return section(part, nonEmpty(blocks, part.nodes, part, file));
}

function isBoldParagraph(node: RootContent | undefined): boolean {
  return (
    node?.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'strong'
  );
}

/** A downside: prose, then a bold "how to avoid it?" paragraph and the list of ways to avoid it. */
export function downside(part: Part, file: VFile): Downside {
  const label = labelOf(part.id);
  const bold = part.nodes.findIndex((node) => isBoldParagraph(node));
  const body = bold === -1 ? part.nodes : part.nodes.slice(0, bold);
  const blocks = nonEmpty(prose(body, label, file), body, part, file);
  const list = 'the ways to avoid it, after a bold question (**…**),';
  if (bold === -1) {
    report(file, 'missing-list', (part.nodes.at(-1) ?? part.heading).position, { label, list });
    // The id is checked against `downsideIds` when the whole model is validated.
    return { ...section(part, blocks), avoidTitle: '', avoid: [] } as Downside;
  }
  const question = part.nodes[bold];
  const next = part.nodes[bold + 1];
  const avoid = next?.type === 'list' ? next.children.map((item) => plainText(item)) : [];
  if (next?.type !== 'list') {
    report(file, 'missing-list', (next ?? question)?.position, { label, list });
  } else {
    const stray = part.nodes.slice(bold + 2).find((node) => node.type !== 'html');
    if (stray) report(file, 'trailing-content', stray.position, { label });
  }
  return {
    ...section(part, blocks),
    avoidTitle: question ? plainText(question) : '',
    avoid,
  } as Downside;
}

export function promotion(region: PromotionRegion, file: VFile): Promotion {
  const [first, ...others] = region.nodes;
  const titled = first?.type === 'heading';
  const blocks: Block[] = [];
  for (const node of titled ? others : region.nodes) {
    if (node.type === 'heading') {
      report(file, 'bad-promotion', node.position, {
        problem: `"${region.id}" has a heading after its first block: end the promotion before it and start a new one`,
      });
      continue;
    }
    const block = toBlock(node, file);
    if (block) blocks.push(block);
  }
  if (blocks.length === 0) {
    report(file, 'bad-promotion', region.position, {
      problem: `"${region.id}" has no text: add its paragraphs or remove the markers`,
    });
  }
  return {
    id: region.id,
    title: titled ? plainText(first) : '',
    blocks,
    after: region.after,
  };
}
