import { describe, expect, it } from 'vitest';
import { moveCursor, scrollTo } from './scroll.ts';

describe('scrollTo', () => {
  it('stops at the top and at the last full page', () => {
    expect(scrollTo(0, 'up', 50, 10)).toBe(0);
    expect(scrollTo(39, 'down', 50, 10)).toBe(40);
    expect(scrollTo(40, 'down', 50, 10)).toBe(40);
    expect(scrollTo(3, 'bottom', 50, 10)).toBe(40);
    expect(scrollTo(30, 'top', 50, 10)).toBe(0);
  });

  it('pages by a screen less one line, so the reader keeps their place', () => {
    expect(scrollTo(0, 'page-down', 50, 10)).toBe(9);
    expect(scrollTo(9, 'page-up', 50, 10)).toBe(0);
  });

  it('does not scroll text shorter than the screen', () => {
    expect(scrollTo(0, 'page-down', 5, 10)).toBe(0);
  });
});

describe('moveCursor', () => {
  it('wraps around both ends', () => {
    expect(moveCursor(0, -1, 4)).toBe(3);
    expect(moveCursor(3, 1, 4)).toBe(0);
  });
});

describe('scrollTo after the window grew', () => {
  it('moves from where the text shows, not from a position past its end', () => {
    // 40 lines, once shown 10 at a time at the end (30), now 30 at a time: the view shows 10.
    expect(scrollTo(30, 'up', 40, 30)).toBe(9);
  });
});
