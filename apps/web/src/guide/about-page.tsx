import { getArticle, type Locale } from '@rescind/core';
import type { Metadata } from 'next';
import { PageShell } from '../components/page-shell.tsx';
import { getDictionary } from '../i18n/index.ts';
import { pageMetadata } from '../seo/metadata.ts';
import { AboutGuide } from './about-guide.tsx';

/**
 * The about page's route exports, for the one locale whose folder it is (`om-guiden` is Swedish,
 * `over-deze-gids` Dutch): the other locale gets no page at that path.
 */
export function aboutRoute(locale: Locale) {
  return {
    generateStaticParams: () => [{ locale }],
    generateMetadata: (): Metadata => {
      const t = getDictionary(locale).about;
      return pageMetadata({
        locale,
        page: 'about',
        title: t.title,
        description: t.metaDescription,
      });
    },
    Page: () => (
      <PageShell locale={locale} page="about">
        <AboutGuide locale={locale} article={getArticle(locale)} />
      </PageShell>
    ),
  };
}
