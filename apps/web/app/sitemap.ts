import type { MetadataRoute } from 'next';
import { aboutPath } from '../src/guide/about-route.ts';
import { allPages, guidePath, letterPath } from '../src/routes.ts';
import { siteUrl } from '../src/site.ts';

export const dynamic = 'force-static';

/** Every exported page, each with its counterpart in the other language. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allPages().map(({ path, locale }) => {
    // Each page's counterpart in the other language: the same kind of page.
    const kind =
      locale === null
        ? guidePath
        : path === letterPath(locale)
          ? letterPath
          : path === aboutPath(locale)
            ? aboutPath
            : guidePath;
    const localized = (l: 'sv' | 'nl') => new URL(kind(l), siteUrl).href;
    return {
      url: new URL(path, siteUrl).href,
      alternates: { languages: { sv: localized('sv'), nl: localized('nl') } },
    };
  });
}
