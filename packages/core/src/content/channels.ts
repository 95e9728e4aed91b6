/**
 * What each way of telling the employer gives and costs, as the guide describes it. One typed place
 * for both locales: the letter engine plans from it and the frontends build their comparison from it.
 */
export const channels = ['phone', 'letter', 'email', 'meeting'] as const;
/** One of `channels`. */
export type Channel = (typeof channels)[number];

/** How soon the message reaches the employer once you decide to send it. */
export type Speed = 'immediate' | 'same-day' | 'days';

/** What one channel gives and costs (`channelFacts[channel]`). */
export interface ChannelFacts {
  /** Does the channel itself leave a written record of what was said? */
  writtenRecord: boolean;
  /** How fast the message reaches them. */
  speed: Speed;
  /** Is it a personal, voice-to-voice or face-to-face conversation? */
  personal: boolean;
  /** What must follow it: an e-mail that confirms the decision in writing, or nothing. */
  followUp: 'confirming-email' | 'email-ahead' | null;
  /** The guide section that describes it. */
  sectionId: `channel-${Channel}`;
}

/**
 * The facts of each channel, by channel: written record, speed, how personal, what must follow.
 *
 * @example
 * ```ts
 * import { channelFacts } from '@rescind/core';
 *
 * console.log(channelFacts.letter.followUp); // 'email-ahead'
 * ```
 */
export const channelFacts = {
  phone: {
    writtenRecord: false,
    speed: 'immediate',
    personal: true,
    followUp: 'confirming-email',
    sectionId: 'channel-phone',
  },
  letter: {
    writtenRecord: true,
    speed: 'days',
    personal: false,
    followUp: 'email-ahead',
    sectionId: 'channel-letter',
  },
  email: {
    writtenRecord: true,
    speed: 'immediate',
    personal: false,
    followUp: null,
    sectionId: 'channel-email',
  },
  meeting: {
    writtenRecord: false,
    speed: 'same-day',
    personal: true,
    followUp: 'confirming-email',
    sectionId: 'channel-meeting',
  },
} as const satisfies Record<Channel, ChannelFacts>;
