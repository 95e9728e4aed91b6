import { describe, expect, it } from 'vitest';
import { displayWidth, truncate, wrap } from './wrap.ts';

describe('wrap', () => {
  it('breaks between words so no line is wider than asked', () => {
    const lines = wrap('Tacka för erbjudandet och för den tid de har lagt på dig.', 20);
    expect(lines).toEqual(['Tacka för', 'erbjudandet och för', 'den tid de har lagt', 'på dig.']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });

  it('hangs later lines under the text after a list marker', () => {
    expect(wrap('Bel de recruiter zo snel mogelijk op.', 16, { prefix: '2. ' })).toEqual([
      '2. Bel de',
      '   recruiter zo',
      '   snel mogelijk',
      '   op.',
    ]);
  });

  it('breaks a word longer than the line instead of overflowing', () => {
    expect(wrap('arbetsmarknadsutbildningsprogrammet', 12)).toEqual([
      'arbetsmarkna',
      'dsutbildning',
      'sprogrammet',
    ]);
  });

  it('counts a decomposed å as one column and a wide character as two', () => {
    expect(displayWidth('a\u030a')).toBe(1);
    expect(displayWidth('山田')).toBe(4);
  });
});

describe('truncate', () => {
  it('ends a cut string with an ellipsis within the width', () => {
    expect(truncate('Återkallande av min accept', 10)).toBe('Återkalla…');
    expect(truncate('kort', 10)).toBe('kort');
  });
});
