import { type Channel, isLocale, type Locale, locales, type SectionId } from '@rescind/core';
import { aboutPath } from './guide/about-route.ts';

/** The letter generator's path segment in each language: `/sv/brev/`, `/nl/brief/`. */
export const letterSlugs = { sv: 'brev', nl: 'brief' } as const satisfies Record<Locale, string>;

export type LetterSlug = (typeof letterSlugs)[Locale];

/** The guide in one language. Paths end in `/`, like the exported files (`trailingSlash`). */
export function guidePath(locale: Locale, sectionId?: SectionId): string {
  return sectionId ? `/${locale}/#${sectionId}` : `/${locale}/`;
}

/** The letter generator, optionally pre-set to a channel (read in the browser from `?channel=`). */
export function letterPath(locale: Locale, channel?: Channel): string {
  const path = `/${locale}/${letterSlugs[locale]}/`;
  return channel ? `${path}?channel=${channel}` : path;
}

/** The id of the letter page's "where you stand" panel, the same in both languages. */
export const positionPanelId = 'legal-position';

/**
 * The letter flow's "where you stand" step and its panel, which the front door and the guide's
 * step 2 (the contract) link to.
 */
export function positionPath(locale: Locale): string {
  return `${letterPath(locale)}?step=position#${positionPanelId}`;
}

/** The `[locale]/[tool]` pairs the site exports: exactly one letter page per locale. */
export function letterParams(): { locale: Locale; tool: LetterSlug }[] {
  return locales.map((locale) => ({ locale, tool: letterSlugs[locale] }));
}

/** Narrow route params to a locale; the build only renders the params it generated. */
export function localeParam(value: string): Locale {
  if (!isLocale(value)) {
    throw new Error(`Unknown locale "${value}" in the route: use one of ${locales.join(', ')}.`);
  }
  return value;
}

/** Every page the site exports, as paths, for the sitemap and the end-to-end suite. */
export function allPages(): { path: string; locale: Locale | null }[] {
  return [
    { path: '/', locale: null },
    ...locales.flatMap((locale) => [
      { path: guidePath(locale), locale },
      { path: letterPath(locale), locale },
      { path: aboutPath(locale), locale },
    ]),
  ];
}
