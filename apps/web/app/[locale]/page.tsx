import { getArticle } from '@rescind/core';
import type { Metadata } from 'next';
import { PageShell } from '../../src/components/page-shell.tsx';
import { FrontDoor } from '../../src/guide/front-door.tsx';
import { GuideArticle } from '../../src/guide/guide-article.tsx';
import { getDictionary } from '../../src/i18n/index.ts';
import { localeParam } from '../../src/routes.ts';
import { guideJsonLd, serializeJsonLd } from '../../src/seo/json-ld.ts';
import { pageMetadata } from '../../src/seo/metadata.ts';
import { siteUrl } from '../../src/site.ts';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  return pageMetadata({
    locale,
    page: 'guide',
    title: getArticle(locale).title,
    description: getDictionary(locale).guide.metaDescription,
  });
}

/** `/sv/`, `/nl/`: the front door, then the guide. A server component: it ships no JavaScript of its own. */
export default async function GuidePage({ params }: Props) {
  const locale = localeParam((await params).locale);
  const article = getArticle(locale);
  return (
    <PageShell locale={locale} page="guide">
      {guideJsonLd(article, siteUrl).map((data) => (
        <script
          key={data['@type']}
          type="application/ld+json"
          // JSON with `<` escaped (serializeJsonLd), so no text in it can end the element.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
        />
      ))}
      <FrontDoor locale={locale} article={article} />
      <GuideArticle locale={locale} article={article} />
    </PageShell>
  );
}
