import { describe, expect, it } from 'vitest';
import { anna, daan } from '../__fixtures__/answers.ts';
import { toEml } from '../formats/index.ts';
import { generateLetter } from '../generate.ts';
import { draftText, guessLocale, lintLetter } from './index.ts';

describe('guessLocale', () => {
  it.each([
    ['sv', 'Hej Karin! Tack för erbjudandet.'],
    ['sv', 'Jag återkallar mitt accepterande.'],
    ['nl', 'Beste Anna, bedankt voor het aanbod.'],
    ['nl', 'Ik trek mijn acceptatie in.'],
    ['nl', 'Geachte heer Jansen,'],
  ] as const)('reads %s in %j', (locale, text) => {
    expect(guessLocale(text)).toBe(locale);
  });

  it('lets lintLetter answer in the draft’s language when no locale is given', () => {
    const [finding] = lintLetter('Beste Anna,\n\nIk heb veel nagedacht.').filter(
      (f) => f.code === 'no-decision',
    );
    expect(finding?.message).toMatch(/^De tekst zegt niet duidelijk/);
  });
});

describe('a saved e-mail (.eml)', () => {
  it('is checked by its decoded body, the headers left out', () => {
    const [email] = generateLetter(anna).documents;
    if (!email) throw new Error('no e-mail');
    const eml = toEml(email, {
      from: { name: 'Anna Lindqvist', email: 'anna@example.se' },
      to: [{ email: 'karin@nordlys.example' }],
      date: new Date(Date.UTC(2026, 10, 21, 9)),
    });
    expect(draftText(eml)).toBe(email.text);
    expect(lintLetter(eml, { channel: 'email' })).toEqual([]);
  });

  it('keeps offsets into a plain body, whose headers are blanked', () => {
    const eml = 'From: a@example.se\nSubject: Hej\n\nHej!\n\nJag tackar nej. Förlåt.\n';
    const text = draftText(eml);
    expect(text).toHaveLength(eml.length);
    const bare = lintLetter(eml, { locale: 'sv', channel: 'email' }).find(
      (f) => f.code === 'greeting-bare',
    );
    expect(eml.slice(bare?.start, bare?.end)).toBe('Hej!');
  });

  it('leaves a draft that only looks like headers alone', () => {
    const draft = 'Hej Karin!\n\nSkälet: lönen.\n';
    expect(draftText(draft)).toBe(draft);
  });
});

describe('meeting notes', () => {
  it('count each bullet as its own paragraph, so a list is not one long reason', () => {
    const notes = generateLetter({
      ...daan,
      channel: 'meeting',
      counterOffer: true,
      reasonDetail: 'Mijn partner heeft een baan in Groningen gekregen en we verhuizen in januari.',
    }).documents[0];
    if (!notes) throw new Error('no notes');
    expect(lintLetter(notes.text).map((f) => f.code)).not.toContain('reason-too-long');
  });
});
