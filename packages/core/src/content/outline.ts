import {
  channelIds,
  downsideIds,
  faqIds,
  groupIds,
  reasonIds,
  type SectionId,
  sectionIds,
  stepIds,
} from './ids.ts';

export type GroupId = (typeof groupIds)[number];

/**
 * The article's outline, the same in every language: level-2 groups in this order, each with its
 * level-3 sections in this order. The markdown must follow it; the model is built from it.
 */
export const outline: Record<GroupId, readonly SectionId[]> = {
  reasons: reasonIds,
  steps: stepIds,
  'good-faith': [],
  channels: channelIds,
  downsides: downsideIds,
  verdict: [],
  faq: faqIds,
};

const parents = new Map<string, GroupId>(
  groupIds.flatMap((group) => outline[group].map((id) => [id, group] as const)),
);

export function isSectionId(id: string): id is SectionId {
  return (sectionIds as readonly string[]).includes(id);
}

export function isGroupId(id: string): id is GroupId {
  return (groupIds as readonly string[]).includes(id);
}

/** The group a section belongs under (`step-act-fast` → `steps`); undefined for a group. */
export function parentOf(id: SectionId): GroupId | undefined {
  return parents.get(id);
}

/** The heading level an id must have: groups are `##`, their sections `###`. */
export function depthOf(id: SectionId): 2 | 3 {
  return isGroupId(id) ? 2 : 3;
}

/** How a message names a section: "Step 3", "Downside 2", "Channel email", "Section verdict". */
export function labelOf(id: string): string {
  const group = isSectionId(id) ? parentOf(id) : undefined;
  if (group === undefined) return `Section "${id}"`;
  const number = outline[group].indexOf(id as SectionId) + 1;
  switch (group) {
    case 'reasons':
      return `Reason ${number}`;
    case 'steps':
      return `Step ${number}`;
    case 'channels':
      return `Channel "${id.replace('channel-', '')}"`;
    case 'downsides':
      return `Downside ${number}`;
    case 'faq':
      return `Question ${number}`;
    default:
      return `Section "${id}"`;
  }
}

/** The heading to write for an id, as a message suggests it: `### … {#step-act-fast}`. */
export function headingOf(id: SectionId): string {
  return `${'#'.repeat(depthOf(id))} … {#${id}}`;
}
