import type { MetadataRoute } from 'next';
import { allPages, guidePath, letterPath } from '../src/routes.ts';
import { siteUrl } from '../src/site.ts';

export const dynamic = 'force-static';

/** Every exported page, each with its counterpart in the other language. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allPages().map(({ path, locale }) => {
    const isLetter = locale !== null && path === letterPath(locale);
    const localized = (l: 'sv' | 'nl') =>
      new URL(isLetter ? letterPath(l) : guidePath(l), siteUrl).href;
    return {
      url: new URL(path, siteUrl).href,
      alternates: { languages: { sv: localized('sv'), nl: localized('nl') } },
    };
  });
}
