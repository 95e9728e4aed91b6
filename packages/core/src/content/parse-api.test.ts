import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle } from '../parse.ts';

describe('safeParseArticle with a caller’s mistake', () => {
  it('returns a failure for a value that is not markdown, saying what to pass', () => {
    const result = safeParseArticle(42 as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ path: 'article.md', line: 1, column: 1, code: 'not-markdown' }),
      ]);
      expect(result.diagnostics[0]?.message).toContain('as a string or a Uint8Array');
    }
    expect(safeParseArticle(null as never, { path: 'sv.md' }).success).toBe(false);
  });

  it('names positions in the user’s file', () => {
    const result = safeParseArticle('---\nlocale: sv\ntitle: T\n---\n\n# Rubrik\n', {
      path: 'sv.md',
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.diagnostics.every((d) => d.path === 'sv.md')).toBe(true);
      expect(result.diagnostics.find((d) => d.code === 'heading-level')).toMatchObject({
        line: 6,
        column: 1,
      });
    }
    expect(() => parseArticle(42 as never)).toThrow('not a number (42)');
  });
});
