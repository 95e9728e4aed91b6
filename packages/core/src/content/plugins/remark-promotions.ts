import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { PromotionRegion } from '../file-data.ts';
import { report } from '../report.ts';

const start = /^<!--\s*promotion\b\s*(\S*)\s*-->$/;
const end = /^<!--\s*\/promotion\s*-->$/;

function marker(node: RootContent): 'start' | 'end' | undefined {
  if (node.type !== 'html') return undefined;
  const value = node.value.trim();
  if (start.test(value)) return 'start';
  if (end.test(value)) return 'end';
  return undefined;
}

/**
 * Lifts the publisher's promotion out of the guide: everything between `<!-- promotion promo-id -->`
 * and `<!-- /promotion -->` goes to `file.data.promotionRegions`, tagged with the guide section it
 * sits in, so no promotional paragraph can end up in a guide section.
 */
export default function remarkPromotions() {
  return (tree: Root, file: VFile): void => {
    const regions: PromotionRegion[] = [];
    const kept: RootContent[] = [];
    let open: PromotionRegion | undefined;
    let after = 'intro';

    for (const node of tree.children) {
      const kind = marker(node);
      if (kind === 'start') {
        const id = start.exec((node as { value: string }).value.trim())?.[1] ?? '';
        if (open) {
          report(file, 'bad-promotion', open.position, {
            problem: `"${open.id}" is not closed before the next one starts: add <!-- /promotion --> after its last paragraph`,
          });
        }
        if (!/^promo-[a-z0-9-]+$/.test(id)) {
          report(file, 'bad-promotion', node.position, {
            problem: `marker has ${id ? `an id "${id}" that does not start with promo-` : 'no id'}: write <!-- promotion promo-name -->`,
          });
        }
        const position = node.position ?? {
          start: { line: 1, column: 1 },
          end: { line: 1, column: 1 },
        };
        open = { id, after, position, nodes: [] };
        regions.push(open);
        continue;
      }
      if (kind === 'end') {
        if (!open) {
          report(file, 'bad-promotion', node.position, {
            problem:
              'end marker has no start: remove it or add <!-- promotion promo-name --> before',
          });
        } else if (node.position) {
          open.position = { start: open.position.start, end: node.position.end };
        }
        open = undefined;
        continue;
      }
      if (open && node.type === 'heading' && node.data?.id) {
        // A guide heading cannot belong to a promotion: the author forgot the end marker.
        report(file, 'bad-promotion', open.position, {
          problem: `"${open.id}" is not closed: add <!-- /promotion --> after its last paragraph`,
        });
        open = undefined;
      }
      if (open) {
        open.nodes.push(node);
        continue;
      }
      if (node.type === 'heading' && node.data?.id) after = node.data.id;
      kept.push(node);
    }

    if (open) {
      report(file, 'bad-promotion', open.position, {
        problem: `"${open.id}" is not closed: add <!-- /promotion --> after its last paragraph`,
      });
    }
    tree.children = kept;
    file.data.promotionRegions = regions;
  };
}
