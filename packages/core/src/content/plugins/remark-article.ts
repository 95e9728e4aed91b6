import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkOutline } from '../check-outline.ts';
import type { Point } from '../file-data.ts';
import type { SectionId } from '../ids.ts';
import { type GroupId, labelOf, outline } from '../outline.ts';
import { origin, type Part, splitParts, startOf } from '../parts.ts';
import { report } from '../report.ts';
import type { Section } from '../schema.ts';
import { downside, goodFaith, nonEmpty, promotion, prose, section } from '../sections.ts';

/** Maps the checked tree to the article model (`file.data.article`), reporting what does not fit. */
export default function remarkArticle() {
  return (tree: Root, file: VFile): void => {
    const { intro, parts } = splitParts(tree, file);
    checkOutline(tree, parts, file);

    const regions = file.data.promotionRegions ?? [];
    const anchors: Record<string, Point> = {};
    for (const [id, part] of parts) anchors[id] = startOf(part) ?? origin;
    for (const region of regions) {
      if (anchors[region.id]) {
        report(file, 'duplicate-id', region.position, {
          id: region.id,
          firstLine: anchors[region.id]?.line ?? 1,
        });
      }
      anchors[region.id] = region.position.start;
    }
    file.data.anchors = anchors;

    const introBlocks = prose(intro, 'The introduction', file);
    if (introBlocks.length === 0) {
      report(file, 'empty-section', tree.children[0]?.position?.end ?? origin, {
        label: 'The introduction',
      });
    }
    const get = (id: SectionId): Part | undefined => parts.get(id);
    const simple = (id: SectionId): Section | undefined => {
      const part = get(id);
      return (
        part &&
        section(part, nonEmpty(prose(part.nodes, labelOf(id), file), part.nodes, part, file))
      );
    };
    const group = (id: GroupId): Section | undefined => {
      const part = get(id);
      return part && section(part, prose(part.nodes, labelOf(id), file));
    };
    const all = <T>(ids: readonly SectionId[], make: (id: SectionId) => T | undefined): T[] =>
      ids.flatMap((id) => {
        const made = make(id);
        return made === undefined ? [] : [made];
      });

    const goodFaithPart = get('good-faith');
    const candidate = {
      intro: introBlocks,
      reasons: all(outline.reasons, simple),
      steps: all(outline.steps, simple).map((step, index) => ({ ...step, number: index + 1 })),
      goodFaith: goodFaithPart && goodFaith(goodFaithPart, file),
      channels: all(outline.channels, simple).map((channel) => ({
        ...channel,
        channel: channel.id.replace('channel-', ''),
      })),
      downsides: all(outline.downsides, (id) => {
        const part = get(id);
        return part && downside(part, file);
      }),
      verdict: simple('verdict'),
      faq: all(outline.faq, (id) => {
        const made = simple(id);
        return made && { id: made.id, question: made.title, answer: made.blocks };
      }),
      groups: {
        reasons: group('reasons'),
        steps: group('steps'),
        channels: group('channels'),
        downsides: group('downsides'),
        faq: group('faq'),
      },
      promotions: regions.map((region) => promotion(region, file)),
      corrections: placeCorrections(file, anchors),
    };

    const frontmatter = file.data.frontmatter;
    if (!frontmatter || file.messages.some((message) => message.fatal)) return;
    file.data.article = { ...frontmatter, ...candidate };
  };
}

/** Tags each correction with the section it sits in, so a frontend can show the note there. */
function placeCorrections(file: VFile, anchors: Record<string, Point>) {
  const starts = Object.entries(anchors).sort(([, a], [, b]) => a.line - b.line);
  return (file.data.corrections ?? []).map((correction) => {
    const containing = starts.findLast(([, point]) => point.line <= correction.line);
    return { ...correction, sectionId: containing?.[0] ?? 'intro' };
  });
}
