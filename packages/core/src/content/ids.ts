/**
 * Stable section ids shared by both locales. The markdown marks each heading with one of these
 * (`## Telefonsamtal {#channel-phone}`); the letter engine and the frontends link to them.
 */
export const reasonIds = [
  'reason-compensation',
  'reason-career',
  'reason-better-offer',
  'reason-conditions',
  'reason-personal',
] as const;

export const stepIds = [
  'step-reflect',
  'step-contract',
  'step-act-fast',
  'step-alternatives',
  'step-announce',
] as const;

export const channelIds = [
  'channel-phone',
  'channel-letter',
  'channel-email',
  'channel-meeting',
] as const;

export const downsideIds = [
  'downside-future',
  'downside-reputation',
  'downside-legal',
  'downside-finances',
  'downside-stress',
] as const;

export const faqIds = ['faq-legal', 'faq-quit-after-start', 'faq-other-offer'] as const;

/** Headings that group the sections above, and the single sections. */
export const groupIds = [
  'reasons',
  'steps',
  'good-faith',
  'channels',
  'downsides',
  'verdict',
  'faq',
] as const;

export const sectionIds = [
  ...groupIds,
  ...reasonIds,
  ...stepIds,
  ...channelIds,
  ...downsideIds,
  ...faqIds,
] as const;

export type ReasonId = (typeof reasonIds)[number];
export type StepId = (typeof stepIds)[number];
export type ChannelId = (typeof channelIds)[number];
export type DownsideId = (typeof downsideIds)[number];
export type FaqId = (typeof faqIds)[number];
export type SectionId = (typeof sectionIds)[number];
