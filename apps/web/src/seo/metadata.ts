import type { Locale } from '@rescind/core';
import type { Metadata } from 'next';
import type { PageKind } from '../components/site-header.tsx';
import { getDictionary } from '../i18n/index.ts';
import { icons } from '../icon.ts';
import { guidePath, letterPath } from '../routes.ts';
import { siteUrl } from '../site.ts';

const ogLocales = { sv: 'sv_SE', nl: 'nl_NL' } as const satisfies Record<Locale, string>;

function pathOf(page: PageKind, locale: Locale): string {
  return page === 'guide' ? guidePath(locale) : letterPath(locale);
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
  return {
    metadataBase: siteUrl,
    icons,
    title,
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
      siteName: getDictionary(locale).siteName,
      locale: ogLocales[locale],
      alternateLocale: [ogLocales[other]],
    },
  };
}
