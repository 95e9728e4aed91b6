import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../test/spell.ts';
import { everyInput, typed, writers } from './__fixtures__/every-input.ts';
import { generateLetter } from './generate.ts';

describe('spelling', () => {
  it('uses only words the sv-SE and nl-NL hunspell dictionaries (or the reviewed allow-list) accept', () => {
    const texts = { sv: new Set<string>(), nl: new Set<string>() };
    let count = 0;
    for (const input of everyInput()) {
      const { documents, advice } = generateLetter(input);
      for (const doc of documents)
        texts[input.locale].add(`${doc.title}\n${doc.subject ?? ''}\n${doc.text}`);
      for (const item of advice) texts[input.locale].add(item.message);
      count++;
    }
    expect(count).toBe(2 * 4 * 2 * 5 * 4 * writers.length * 2);
    const ignore = [...writers, ...typed];
    expect({
      sv: misspelledWords('sv', [...texts.sv].join('\n'), ignore),
      nl: misspelledWords('nl', [...texts.nl].join('\n'), ignore),
    }).toEqual({ sv: [], nl: [] });
    // Loading the two hunspell dictionaries takes seconds on its own.
  }, 60_000);
});
