import type { Metadata } from 'next';
import { PageShell } from '../../../src/components/page-shell.tsx';
import { getDictionary } from '../../../src/i18n/index.ts';
import { LetterApp } from '../../../src/letter/letter-app.tsx';
import { letterParams, localeParam } from '../../../src/routes.ts';
import { pageMetadata } from '../../../src/seo/metadata.ts';
import styles from './page.module.css';

type Props = { params: Promise<{ locale: string; tool: string }> };

/** One letter page per locale, at that language's own word: `/sv/brev/`, `/nl/brief/`. */
export const dynamicParams = false;

export function generateStaticParams() {
  return letterParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = getDictionary(locale).letter;
  return pageMetadata({ locale, page: 'letter', title: t.title, description: t.metaDescription });
}

/** The letter generator: a server-rendered frame around the site's one client island. */
export default async function LetterPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  const t = getDictionary(locale).letter;
  return (
    <PageShell locale={locale} page="letter">
      <div className={styles.intro}>
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
      </div>
      <LetterApp locale={locale} />
    </PageShell>
  );
}
