import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found.ts';

const codes = ['mixed-formality', 'formality-mismatch', 'capitalised-du', 'polite-ni'];

describe('Dutch register', () => {
  it('flags the odd one out when u and je are mixed', () => {
    expect(
      found(
        'Ik dank u voor uw tijd en hoop dat u het begrijpt. Ik wens je veel succes.',
        { locale: 'nl' },
        ...codes,
      ),
    ).toEqual([['mixed-formality', 'je']]);
    expect(
      found(
        'Bedankt voor je tijd, jij was heel behulpzaam. Ik hoop dat u het begrijpt.',
        { locale: 'nl' },
        ...codes,
      ),
    ).toEqual([['mixed-formality', 'u']]);
  });

  it('holds the text to the formality the user chose', () => {
    const informal = 'Bedankt voor je tijd en jouw begrip.';
    expect(found(informal, { locale: 'nl', formality: 'formal' }, ...codes)).toEqual([
      ['formality-mismatch', 'je'],
      ['formality-mismatch', 'jouw'],
    ]);
    expect(found(informal, { locale: 'nl', formality: 'informal' }, ...codes)).toEqual([]);
  });

  it('accepts a text that keeps to one register, and words that only look like pronouns', () => {
    expect(
      found(
        'Ik dank u voor uw tijd. U hoort nog van mij.',
        { locale: 'nl', formality: 'formal' },
        ...codes,
      ),
    ).toEqual([]);
    expect(
      found(
        'Jullie hebben veel tijd in mij gestoken; ik wens jullie veel succes.',
        { locale: 'nl' },
        ...codes,
      ),
    ).toEqual([]);
    expect(
      found('Mijn jeugdvriend woont in Utrecht.', { locale: 'nl', formality: 'formal' }, ...codes),
    ).toEqual([]);
  });
});

describe('Swedish address', () => {
  it('flags "Du" and "Ni" capitalised mid-sentence', () => {
    expect(
      found(
        'Jag vill tacka Dig för Din tid, och jag hoppas att Ni förstår.',
        { locale: 'sv' },
        ...codes,
      ),
    ).toEqual([
      ['capitalised-du', 'Dig'],
      ['capitalised-du', 'Din'],
      ['polite-ni', 'Ni'],
    ]);
  });

  it('leaves a capital at the start of a sentence or line, and the plural "ni" to a company', () => {
    expect(
      found(
        'Du har varit mycket hjälpsam.\nDin tid betydde mycket. Tack för att ni tog er tid.',
        { locale: 'sv' },
        ...codes,
      ),
    ).toEqual([]);
  });
});
