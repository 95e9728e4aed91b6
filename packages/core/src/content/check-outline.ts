import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Point } from './file-data.ts';
import { groupIds, type SectionId } from './ids.ts';
import { headingOf, labelOf, outline } from './outline.ts';
import { origin, type Part, startOf } from './parts.ts';
import { report } from './report.ts';

/** Reports sections that are missing or out of the guide's order. */
export function checkOutline(tree: Root, parts: Map<SectionId, Part>, file: VFile): void {
  const end = tree.position?.end ?? origin;
  const line = (id: SectionId) => startOf(parts.get(id))?.line;
  // Where a missing section belongs: above the next section that is there, else above the next
  // group, else at the end of the file.
  const checkSequence = (ids: readonly SectionId[], fallback: Point) => {
    let previous: SectionId | undefined;
    ids.forEach((id, index) => {
      const part = parts.get(id);
      if (!part) {
        const next = ids.slice(index + 1).find((later) => parts.has(later));
        const place = next ? startOf(parts.get(next)) : fallback;
        report(file, 'missing-section', place, {
          label: labelOf(id),
          heading: headingOf(id),
          where: place === end ? 'at the end of the file' : 'above this heading',
        });
        return;
      }
      const here = line(id) ?? 0;
      if (previous !== undefined && here < (line(previous) ?? 0)) {
        report(file, 'section-order', part.heading.position, {
          label: labelOf(id),
          problem: `comes before ${labelOf(previous)}: move it below, the order is ${ids.join(', ')}`,
        });
      }
      previous = id;
    });
  };
  checkSequence(groupIds, end);
  groupIds.forEach((group, index) => {
    const nextGroup = groupIds.slice(index + 1).find((later) => parts.has(later));
    checkSequence(outline[group], startOf(nextGroup && parts.get(nextGroup)) ?? end);
  });
}
