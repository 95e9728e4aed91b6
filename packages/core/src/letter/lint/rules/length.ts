import type { Channel } from '../../../content/channels.ts';
import type { Rule } from '../rule.ts';

/**
 * Most words a text for each channel should need. The guide wants a message that "briefly
 * explains the reason" and warns against a long, rambling letter; a call or meeting is spoken,
 * so its notes must fit in a few minutes. The longest generated documents (a contract, a
 * counter-offer and a 300-character reason) stay some 20% under these.
 */
export const wordLimits: Record<Channel, number> = {
  email: 300,
  letter: 400,
  phone: 350,
  meeting: 350,
};

const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Too long for its channel; only checked when the channel is known. */
export const lengthRule: Rule = {
  name: 'length',
  check(context) {
    if (context.channel === undefined) return [];
    const limit = wordLimits[context.channel];
    // Count without collecting: only where the first word past the limit starts matters.
    const pattern = new RegExp(word.source, word.flags);
    let count = 0;
    let firstExtra: number | undefined;
    for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
      count += 1;
      if (count === limit + 1) firstExtra = match.index;
    }
    if (firstExtra === undefined) return [];
    return [
      {
        code: 'too-long',
        sectionId: `channel-${context.channel}`,
        start: firstExtra,
        end: context.text.trimEnd().length,
        count,
        limit,
        channel: context.channel,
      },
    ];
  },
};
