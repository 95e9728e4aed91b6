import type { Locale } from '../../../locales.ts';
import { phrases } from '../pattern.ts';
import type { Rule } from '../rule.ts';

/**
 * Thanks. Swedish "tacka nej" (to decline) is not thanks, so "tack" counts only as the noun or
 * followed by whom or what it thanks for.
 */
const thanks: Record<Locale, RegExp> = {
  sv: phrases(
    'tack(et)?(?! nej)',
    'tack(a|ar|ade|at) (\\p{L}+ )?(dig|er|för|så mycket|alla)',
    'tacksam(het|t|ma)?',
    'uppskatta(r|de|t)?',
  ),
  nl: phrases(
    'bedank\\p{L}*',
    'dank',
    'dankjewel',
    'dankuwel',
    'dankbaar(heid)?',
    'waardeer\\p{L}*',
    'waardering',
  ),
};

const apologies: Record<Locale, RegExp> = {
  sv: phrases('ursäkt(a|ar|en)?', 'beklaga(r|r verkligen)?', 'ledsen', 'förlåt'),
  nl: phrases(
    'excuse(s|er|ert|ren)',
    'verontschuldig\\p{L}*',
    'spijt( het)? me',
    'het spijt',
    'sorry',
  ),
};

/** The guide: express gratitude for the opportunity and apologise for the inconvenience. */
export const courtesyRule: Rule = {
  name: 'courtesy',
  check(context) {
    return [
      ...(context.find(thanks[context.locale]).length === 0
        ? [{ code: 'no-thanks' as const }]
        : []),
      ...(context.find(apologies[context.locale]).length === 0
        ? [{ code: 'no-apology' as const }]
        : []),
    ];
  },
};
