import { afterEach, describe, expect, it, vi } from 'vitest';
import { goodDrafts } from './__fixtures__/drafts.ts';
import { checkDraft, createDraftChecker, draftCharacterLimit, lintLetter } from './index.ts';

describe('checkDraft, the check a form runs while the person types', () => {
  it('is lintLetter for a draft of a letter’s size', () => {
    const options = { locale: 'sv', channel: 'email' } as const;
    expect(checkDraft(goodDrafts.svEmail, options)).toEqual(
      lintLetter(goodDrafts.svEmail, options),
    );
  });

  it('says plainly, in the person’s language, when a pasted text is far too long to be a letter', () => {
    const text = `${goodDrafts.nlFormalEmail}${'x'.repeat(draftCharacterLimit)}`;
    const [finding, ...rest] = checkDraft(text, { locale: 'nl' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'draft-too-long',
      severity: 'error',
      start: draftCharacterLimit,
      end: text.length,
    });
    expect(finding?.message).toMatchInlineSnapshot(
      `"De tekst is 20.407 tekens lang en de controle leest er hooguit 20.000. Een intrekking past op een halve pagina, zo’n 2000 tekens: maak de tekst korter, dan wordt hij opnieuw gecontroleerd."`,
    );
    expect(checkDraft('a'.repeat(30_000), { locale: 'sv' })[0]?.message).toMatch(
      /^Texten är 30\s000 tecken lång, och kontrollen läser högst 20\s000\./,
    );
  });

  it('still refuses bad options past the limit', () => {
    expect(() => checkDraft('a'.repeat(30_000), { locale: 'en' as never })).toThrow(RangeError);
  });
});

describe('createDraftChecker', () => {
  afterEach(() => vi.useRealTimers());

  it('checks once the typing pauses, with the latest text', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const checker = createDraftChecker((_, text) => seen.push(text), { delayMs: 200 });
    checker.check('Hej', { locale: 'sv' });
    vi.advanceTimersByTime(100);
    checker.check('Hej Karin', { locale: 'sv' });
    vi.advanceTimersByTime(199);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['Hej Karin']);
    checker.check('Hej Karin!', { locale: 'sv' });
    checker.flush();
    expect(seen).toEqual(['Hej Karin', 'Hej Karin!']);
    checker.check('x', { locale: 'sv' });
    checker.cancel();
    vi.runAllTimers();
    expect(seen).toHaveLength(2);
  });
});

describe('lintLetter’s ignore list', () => {
  it('is bounded with a message that says what it takes, not the engine’s SyntaxError', () => {
    const huge = Array.from({ length: 100_000 }, (_, index) => `Namn${index}`);
    expect(() => lintLetter('Hej', { locale: 'sv', ignore: huge })).toThrowError(
      /^lintLetter: options\.ignore takes at most 64 entries of at most 200 characters each/,
    );
    expect(() => lintLetter('Hej', { locale: 'sv', ignore: ['x'.repeat(201)] })).toThrow(
      RangeError,
    );
  });

  it('takes any characters in its entries as text, never as pattern syntax', () => {
    const ignore = ['a(b', '[', '\\', 'x{2}', '.*', '$1', '(?<n>', '\ud800', 'Du'];
    expect(() => lintLetter('Hej Du! a(b [ \\ .* $1', { locale: 'sv', ignore })).not.toThrow();
  });
});
