import { describe, expect, it } from 'vitest';
import { lintLetter, wordLimits } from '../index.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

describe('length for the channel', () => {
  it('marks everything past the limit and links to the channel’s section', () => {
    const text = words(wordLimits.email + 20);
    const [finding] = lintLetter(text, { locale: 'sv', channel: 'email' }).filter(
      (f) => f.code === 'too-long',
    );
    expect(finding).toMatchObject({ sectionId: 'channel-email', end: text.length });
    expect(text.slice(finding?.start).split(' ')).toHaveLength(20);
    expect(finding?.message).toBe(
      `Texten har ${wordLimits.email + 20} ord; för ett e-postmeddelande räcker högst ${wordLimits.email}. Korta ner den, särskilt förklaringen.`,
    );
  });

  it('allows a letter more words than an e-mail, and says nothing when the channel is unknown', () => {
    const text = words(wordLimits.email + 1);
    const codes = (channel?: 'email' | 'letter') =>
      lintLetter(text, { locale: 'nl', ...(channel ? { channel } : {}) }).map((f) => f.code);
    expect(codes('email')).toContain('too-long');
    expect(codes('letter')).not.toContain('too-long');
    expect(codes()).not.toContain('too-long');
  });
});
