import { getArticle, locales } from '@rescind/core';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { uiMessages } from '../i18n/messages.ts';
import { guideLines } from './guide.ts';
import fastStringWidth from './string-width-fast.ts';

describe('fastStringWidth', () => {
  it('agrees with string-width on every character of its fast path', () => {
    for (let code = 0x20; code <= 0x2600; code += 1) {
      const char = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue;
      expect([char, fastStringWidth(char)]).toEqual([char, stringWidth(char)]);
    }
  });

  it('agrees with string-width on every line of the guide in both languages', () => {
    for (const locale of locales) {
      for (const line of guideLines(getArticle(locale), 60, uiMessages[locale])) {
        expect(fastStringWidth(line.text)).toBe(stringWidth(line.text));
      }
    }
  });

  it('leaves emoji, wide characters, escape codes and wide-ambiguous mode to string-width', () => {
    for (const text of ['👩‍👩‍👧 Anna', '山田太郎', '\u001b[1mfet\u001b[22m', 'a\u0301']) {
      expect(fastStringWidth(text)).toBe(stringWidth(text));
    }
    expect(fastStringWidth('§ å', { ambiguousIsNarrow: false })).toBe(
      stringWidth('§ å', { ambiguousIsNarrow: false }),
    );
  });
});
