import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeLine } from './sanitize.ts';

/** What a terminal would act on: any C0 control but LF and TAB, DEL, C1, bidi controls. */
const obeyed = /(?![\n\t])\p{Cc}|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

describe('sanitizeForTerminal', () => {
  it('shows a title, a clipboard write, a screen clear and a bare CR instead of sending them', () => {
    const hostile = 'Hej\u001b]0;PWNED\u0007 \u001b]52;c;SGVq\u001b\\ \u001b[2J\u009b31m ok\rX';
    expect(sanitizeForTerminal(hostile)).toBe(
      'Hej\\u001b]0;PWNED\\u0007 \\u001b]52;c;SGVq\\u001b\\ \\u001b[2J\\u009b31m ok\\rX',
    );
  });

  it('keeps a letter’s lines and tabs, reading CRLF as a line break', () => {
    expect(sanitizeForTerminal('Hej!\r\n\r\nMed\tvänlig hälsning\n')).toBe(
      'Hej!\n\nMed\tvänlig hälsning\n',
    );
  });

  it('shows bidi overrides, which would make a text read as something else', () => {
    expect(sanitizeForTerminal('abc\u202edcba')).toBe('abc\\u202edcba');
  });

  it('makes one line of anything for a view', () => {
    expect(sanitizeLine('a\nb\tc\r\nd')).toBe('a\\nb c\\r\\nd');
  });

  it('leaves nothing a terminal obeys, for any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sanitizeForTerminal(text)).not.toMatch(obeyed);
        expect(sanitizeLine(text)).not.toMatch(/\p{Cc}/u);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing in ordinary text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\p{L}\p{N} .,!?’'–-]*$/u), (text) => {
        expect(sanitizeForTerminal(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
