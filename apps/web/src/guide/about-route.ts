import type { Locale } from '@rescind/core';

/**
 * The "about this guide" page's path segment in each language. Each is a static folder under
 * `app/[locale]/` that exports only its own locale, so `/nl/om-guiden/` is simply not a page.
 */
export const aboutSlugs = { sv: 'om-guiden', nl: 'over-deze-gids' } as const satisfies Record<
  Locale,
  string
>;

/** The page that says what the edition is and lists every change to the source's wording. */
export function aboutPath(locale: Locale): string {
  return `/${locale}/${aboutSlugs[locale]}/`;
}
