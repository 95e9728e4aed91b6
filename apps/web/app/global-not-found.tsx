import { locales } from '@rescind/core';
import type { Metadata } from 'next';
import { DocumentHead } from '../src/components/document-head.tsx';
import { getDictionary } from '../src/i18n/index.ts';
import { icons } from '../src/icon.ts';
import { guidePath } from '../src/routes.ts';
import { documentTitle } from '../src/seo/metadata.ts';
import styles from './global-not-found.module.css';
import './globals.css';

export const metadata: Metadata = {
  icons,
  title: documentTitle(
    `${getDictionary('sv').notFound.title} · ${getDictionary('nl').notFound.title}`,
    getDictionary('sv').siteName,
  ),
  robots: { index: false },
};

/**
 * The site's 404 page (`out/404.html`). A static host serves the same file for any unknown path,
 * so it cannot know the visitor's language: it says the same thing in both, each part marked with
 * its own `lang`, and links to both guides.
 */
export default function GlobalNotFound() {
  return (
    <html lang="sv">
      <DocumentHead />
      <body>
        <main id="main" className={styles.main}>
          {locales.map((locale) => {
            const t = getDictionary(locale).notFound;
            return (
              <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`}>
                <h1 id={`not-found-${locale}`}>{t.title}</h1>
                <p>{t.body}</p>
                <p>
                  <a href={guidePath(locale)} hrefLang={locale}>
                    {t.toGuide}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
