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

/** The ids of the five steps' sections, in order. */
export const stepIds = [
  'step-reflect',
  'step-contract',
  'step-act-fast',
  'step-alternatives',
  'step-announce',
] as const;

/** The ids of the four channels' sections. */
export const channelIds = [
  'channel-phone',
  'channel-letter',
  'channel-email',
  'channel-meeting',
] as const;

/** The ids of the five downsides' sections. */
export const downsideIds = [
  'downside-future',
  'downside-reputation',
  'downside-legal',
  'downside-finances',
  'downside-stress',
] as const;

/** The ids of the three FAQ entries. */
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

/** Every section id of the guide, the same in both locales. */
export const sectionIds = [
  ...groupIds,
  ...reasonIds,
  ...stepIds,
  ...channelIds,
  ...downsideIds,
  ...faqIds,
] as const;

/** One of `reasonIds`. */
export type ReasonId = (typeof reasonIds)[number];
/** One of `stepIds`. */
export type StepId = (typeof stepIds)[number];
/** One of `channelIds`. */
export type ChannelId = (typeof channelIds)[number];
/** One of `downsideIds`. */
export type DownsideId = (typeof downsideIds)[number];
/** One of `faqIds`. */
export type FaqId = (typeof faqIds)[number];
/** One of `sectionIds`: what `Advice.sectionId` and `Finding.sectionId` link to. */
export type SectionId = (typeof sectionIds)[number];
