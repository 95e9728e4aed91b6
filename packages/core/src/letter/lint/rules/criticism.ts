import type { Locale } from '../../../locales.ts';
import { phrases } from '../pattern.ts';
import type { Rule } from '../rule.ts';

/**
 * Words that criticise the employer. Bare "dålig"/"slecht" are not listed: "jag mår dåligt över
 * det" and "ik voel me er slecht over" are apologies; they count when they describe the company.
 */
const criticism: Record<Locale, RegExp> = {
  sv: phrases(
    'giftig(a|t)?',
    'toxisk(a|t)?',
    'dålig(a|t)? (\\p{L}+ )?(ledning|ledningen|chef|chefer|chefen|ledarskap|ledarskapet|arbetsmiljö|arbetsmiljön|kultur|kulturen|arbetskultur|arbetskulturen|stämning|stämningen|organisation|rykte|lön|lönen|villkor|recensioner|omdömen)',
    '(är|var|verkar) (\\p{L}+ )?(väldigt |mycket |ganska )?(dålig|dåliga|usel|usla|oseriös|oseriösa)(?! av mig)',
    'usel(t|a)?',
    'inkompetent(a)?',
    'kaotisk(a|t)?',
    'respektlös(a|t)?',
    'oseriös(a|t)?',
    'snål(a|t)?',
    'missnöjd med (er|ert|era|företaget|ledningen|hur ni)',
    '(negativa|dåliga) (recensioner|omdömen)',
    'hög personalomsättning',
    'underbetald(a)?',
    'oprofessionell(a|t)?',
    'amatörmässig(a|t)?',
    'dåligt (organiserad(e)?|skött(a)?)',
  ),
  nl: phrases(
    'giftig(e)?',
    'toxisch(e)?',
    'slecht(e)? (\\p{L}+ )?(management|leiding|leidinggevende|leidinggevenden|manager|managers|sfeer|werksfeer|cultuur|bedrijfscultuur|werkomgeving|reputatie|salaris|voorwaarden|arbeidsvoorwaarden|recensies|reviews|organisatie|bedrijf)',
    '(is|zijn|was|waren|lijkt|lijken) (\\p{L}+ )?(erg |heel |zeer |nogal )?(slecht|waardeloos|belabberd)(?! nieuws)',
    'waardeloo(s|ze)',
    'belabberd(e)?',
    'incompetent(e)?',
    'chaotisch(e)?',
    'respectloo(s|ze)',
    'krenterig(e)?',
    'ontevreden (\\p{L}+ )?over (uw|jullie|je|het bedrijf|de organisatie|de leiding)',
    '(negatieve|slechte) (recensies|reviews)',
    'hoog personeelsverloop',
    'onderbetaald(e)?',
    'onprofessioneel(e)?',
    'amateuristisch(e)?',
    'slecht (georganiseerd|geregeld)(e)?',
    'rommelig(e)?',
  ),
};

/** The guide: calm, respectful, always polite, even when the real reason is the culture. */
export const criticismRule: Rule = {
  name: 'criticism',
  check(context) {
    return context.find(criticism[context.locale]).map((span) => ({
      code: 'employer-criticism' as const,
      start: span.start,
      end: span.end,
      found: span.text,
    }));
  },
};
