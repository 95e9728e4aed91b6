import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Point } from './file-data.ts';
import { groupIds, type SectionId } from './ids.ts';
import {
  depthOf,
  type GroupId,
  headingOf,
  isGroupId,
  isSectionId,
  labelOf,
  outline,
  parentOf,
} from './outline.ts';
import { report } from './report.ts';
import { plainText } from './text.ts';

/** A heading of the guide with the markdown under it, up to the next heading. */
export interface Part {
  id: SectionId;
  heading: Heading;
  nodes: RootContent[];
}

export const origin: Point = { line: 1, column: 1 };

/** Splits the guide into the introduction and one part per known heading, reporting bad headings. */
export function splitParts(
  tree: Root,
  file: VFile,
): { intro: RootContent[]; parts: Map<SectionId, Part> } {
  const intro: RootContent[] = [];
  const parts = new Map<SectionId, Part>();
  let sink = intro;
  let group: GroupId | undefined;

  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type !== 'heading') {
      sink.push(node);
      continue;
    }
    const title = plainText(node);
    if (node.depth === 1) {
      report(file, 'heading-level', node.position, {
        label: `Heading "${title}"`,
        depth: 1,
        expected: 'the frontmatter’s `title:` (the article has no `#` heading) or a `##` group',
      });
      // The text under it still reads as part of the section it sits in.
      continue;
    }
    // Text under a heading we cannot place is dropped with it; the heading's report covers it.
    sink = [];
    const id = node.data?.id;
    if (id === undefined || id === '') {
      const expected =
        node.depth <= 2
          ? `a group id such as {#steps}`
          : `a section id such as {#step-reflect}; ids are listed in src/content/ids.ts`;
      report(file, 'missing-id', node.position, { title, expected });
      continue;
    }
    if (!isSectionId(id)) {
      const known =
        node.depth <= 2 || group === undefined
          ? groupIds.join(', ')
          : `${outline[group].join(', ')} (all ids are in src/content/ids.ts)`;
      report(file, 'unknown-id', node.position, { id, known });
      continue;
    }
    const first = parts.get(id);
    if (first) {
      report(file, 'duplicate-id', node.position, {
        id,
        firstLine: first.heading.position?.start.line ?? 1,
      });
      continue;
    }
    const depth = depthOf(id);
    if (node.depth !== depth) {
      report(file, 'heading-level', node.position, {
        label: labelOf(id),
        depth: node.depth,
        expected: `a level-${depth} heading (\`${headingOf(id)}\`)`,
      });
    }
    const parent = parentOf(id);
    if (isGroupId(id)) {
      group = id;
    } else if (parent !== group) {
      report(file, 'section-order', node.position, {
        label: labelOf(id),
        problem: `sits under ${group ? `"${group}"` : 'the introduction'}: move it under the {#${parent}} heading`,
      });
    }
    const part: Part = { id, heading: node, nodes: [] };
    parts.set(id, part);
    sink = part.nodes;
  }
  return { intro, parts };
}

export function startOf(part: Part | undefined): Point | undefined {
  return part?.heading.position?.start;
}
