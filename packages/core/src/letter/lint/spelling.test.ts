import { describe, expect, it } from 'vitest';
import { misspelledWords } from '../../../test/spell.ts';
import { channels } from '../../content/channels.ts';
import { locales } from '../../locales.ts';
import { lintCatalogue, lintCodes, lintLetter } from './index.ts';

describe('lint messages', () => {
  it.each(locales)('are spelled correctly (%s)', { timeout: 30_000 }, (locale) => {
    const messages = lintCodes.flatMap((code) =>
      channels.flatMap((channel) =>
        (['formal', 'informal'] as const).map((register) =>
          lintCatalogue[code].message[locale]({
            found: '',
            suggestion: '',
            note: '',
            count: 400,
            limit: 300,
            channel,
            register,
          }),
        ),
      ),
    );
    // The notes of the mistranslation table, as a user meets them.
    const draft =
      locale === 'sv'
        ? 'Jag återkallar ett jobberbjudande och mitt antagande.'
        : 'ontslag; mail om een baan aan te nemen; als je Nog te doen hebt; back-up abonnement; financiële voorwaarde; weerhouden om de nieuwe baan te accepteren; vervind';
    const notes = lintLetter(draft, { locale }).map((finding) => finding.message);
    // The quoted words are the user's own; only the explanation around them is ours.
    expect(misspelledWords(locale, [...messages, ...notes].join('\n'), [draft])).toEqual([]);
  });
});
