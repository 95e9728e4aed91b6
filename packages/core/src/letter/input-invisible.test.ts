import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './formats/index.ts';
import { validateLetterInput } from './input.ts';

const minimal = {
  locale: 'sv',
  channel: 'email',
  formality: 'formal',
  applicant: { name: 'Anna Lindqvist' },
  recipient: { company: 'Nordlys AB' },
  position: 'projektledare',
  reason: 'career',
  startDate: '2027-01-11',
} as const;

const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\u061c', '\u3164', '\ufeff'];

describe('invisible characters in one-line answers', () => {
  it.each(invisible.map((char) => [`U+${char.charCodeAt(0).toString(16).toUpperCase()}`, char]))(
    'are refused with a message that says what to do (%s)',
    (_, char) => {
      for (const answers of [
        { ...minimal, applicant: { name: `An${char}na Lindqvist` } },
        { ...minimal, recipient: { company: `Nordlys${char} AB` } },
        { ...minimal, position: `projekt${char}ledare` },
      ]) {
        const result = validateLetterInput(answers);
        expect(result.success).toBe(false);
        if (!result.success) {
          expect(result.issues.map((issue) => issue.code)).toEqual(['invisible-character']);
        }
      }
    },
  );

  it('is explained in Swedish and Dutch', () => {
    const sv = validateLetterInput({ ...minimal, applicant: { name: 'An\u200bna' } });
    const nl = validateLetterInput({
      ...minimal,
      locale: 'nl',
      applicant: { name: 'Da\u200ban' },
    });
    expect(sv.success || sv.issues[0]?.message).toMatchInlineSnapshot(
      `"Fältet ”Ditt namn” innehåller ett osynligt tecken, till exempel ett mellanslag utan bredd, som ofta följer med när man kopierar från en webbsida eller ett chattprogram. Radera fältet och skriv in texten på nytt."`,
    );
    expect(nl.success || nl.issues[0]?.message).toMatchInlineSnapshot(
      `"Het veld ‘Je naam’ bevat een onzichtbaar teken, zoals een spatie zonder breedte, dat vaak meekomt als je tekst kopieert van een website of uit een chatprogramma. Maak het veld leeg en typ de tekst opnieuw."`,
    );
  });
});

describe('an e-mail address', () => {
  it('may not hold RFC 2047 encoded-word syntax, which some clients decode into another address', () => {
    expect(isEmailAddress('=?utf-8?Q?ceo=40acme.example?=@evil.example')).toBe(false);
    expect(isEmailAddress('=?utf-8?B?Y2Vv?=@acme.example')).toBe(false);
    const result = validateLetterInput({
      ...minimal,
      recipient: { company: 'Nordlys AB', email: '=?utf-8?Q?karin?=@nordlys.example' },
    });
    expect(result.success).toBe(false);
    expect(isEmailAddress('karin.holm@nordlys.example')).toBe(true);
  });
});
