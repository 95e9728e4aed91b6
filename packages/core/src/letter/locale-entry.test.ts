import { describe, expect, it } from 'vitest';
import { anna, daan } from './__fixtures__/answers.ts';
import { generateLetter } from './generate.ts';
import { generateLetter as generateDutch } from './locale-nl.ts';
import { generateLetter as generateSwedish } from './locale-sv.ts';

describe('the per-language letter entries', () => {
  it('write the same documents as the full engine', () => {
    expect(generateSwedish(anna)).toEqual(generateLetter(anna));
    expect(generateDutch(daan)).toEqual(generateLetter(daan));
  });

  it('refuse answers in another language, naming the entry that writes them', () => {
    expect(() => generateSwedish(daan)).toThrow(
      `generateLetter: locale must be 'sv' for this entry, got 'nl'. Import generateLetter from '@rescind/core/letter' for every language.`,
    );
  });
});
