import type { Locale } from '@rescind/core';
import type { Metadata } from 'next';
import { type PageKind, pathOf } from '../components/site-header.tsx';
import { getDictionary } from '../i18n/index.ts';
import { icons } from '../icon.ts';
import { siteUrl } from '../site.ts';

const ogLocales = { sv: 'sv_SE', nl: 'nl_NL' } as const satisfies Record<Locale, string>;

/**
 * A page's `<title>`: its own name first, then the site's, so a tab, a bookmark or a search result
 * says both what the page is and where it is.
 */
export function documentTitle(title: string, siteName: string): string {
  return `${title} · ${siteName}`;
}

/**
 * Metadata for one locale page: canonical URL, the same page in the other language (and the
 * language chooser as `x-default`), and Open Graph, all absolute against `siteUrl`.
 */
export function pageMetadata(options: {
  locale: Locale;
  page: PageKind;
  title: string;
  description: string;
}): Metadata {
  const { locale, page, title, description } = options;
  const path = pathOf(page, locale);
  const other: Locale = locale === 'sv' ? 'nl' : 'sv';
  const { siteName } = getDictionary(locale);
  return {
    metadataBase: siteUrl,
    icons,
    title: documentTitle(title, siteName),
    description,
    alternates: {
      canonical: path,
      languages: { sv: pathOf(page, 'sv'), nl: pathOf(page, 'nl'), 'x-default': '/' },
    },
    openGraph: {
      type: page === 'guide' ? 'article' : 'website',
      url: path,
      title,
      description,
      siteName,
      locale: ogLocales[locale],
      alternateLocale: [ogLocales[other]],
    },
  };
}
