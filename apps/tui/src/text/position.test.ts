import { describe, expect, it } from 'vitest';
import { positionOf, positionsIn } from './position.ts';

describe('positionsIn', () => {
  it('gives 1-based lines and columns in characters, as editors count', () => {
    const text = 'Hej!\n🙏 Tack\n\nMvh';
    const at = positionsIn(text);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(text.indexOf('Tack'))).toEqual({ line: 2, column: 3 });
    expect(at(text.indexOf('Mvh'))).toEqual({ line: 4, column: 1 });
    expect(at(text.length + 5)).toEqual({ line: 4, column: 4 });
    expect(positionOf(text, text.indexOf('Tack'))).toEqual({ line: 2, column: 3 });
  });

  it('finds many positions in a large file in time linear in the file', () => {
    const time = (lines: number) => {
      const text = 'Mvh Anna\n'.repeat(lines);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const at = positionsIn(text);
        for (let offset = 0; offset < text.length; offset += 9) at(offset);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(2_000);
    // Ten times the file and the findings: ten times the work for a linear lookup, a hundred for
    // the scan from the start that each finding used to make.
    expect(time(200_000) / Math.max(time(20_000), 0.5)).toBeLessThan(30);
  });
});
