import type { Locale } from '@rescind/core';
import { aboutPath } from '../guide/about-route.ts';
import { getDictionary } from '../i18n/index.ts';
import { guidePath, letterPath } from '../routes.ts';
import styles from './site-header.module.css';

export type PageKind = 'guide' | 'letter' | 'about';

const otherLocale = { sv: 'nl', nl: 'sv' } as const satisfies Record<Locale, Locale>;

const paths = { guide: guidePath, letter: letterPath, about: aboutPath } as const satisfies Record<
  PageKind,
  (locale: Locale) => string
>;

/** The same page in a locale: what the language switch and the alternate links point to. */
export function pathOf(page: PageKind, locale: Locale): string {
  return paths[page](locale);
}

/**
 * The banner of every locale page. Plain links, not next/link: a static site with a few pages per
 * language gains nothing from client routing, and next/link would prefetch, i.e. make requests
 * after the page has loaded.
 */
export function SiteHeader({ locale, page }: { locale: Locale; page: PageKind }) {
  const t = getDictionary(locale);
  const other = otherLocale[locale];
  return (
    <header className={styles.header}>
      <a className={styles.brand} href={guidePath(locale)}>
        <span className={styles.name}>{t.siteName}</span>
        <span className={styles.tagline}>{t.front.tagline}</span>
      </a>
      <nav aria-label={t.nav.label} className={styles.nav}>
        <ul>
          <li>
            <a href={guidePath(locale)} aria-current={page === 'guide' ? 'page' : undefined}>
              {t.nav.guide}
            </a>
          </li>
          <li>
            <a href={letterPath(locale)} aria-current={page === 'letter' ? 'page' : undefined}>
              {t.nav.letter}
            </a>
          </li>
          <li>
            <a href={pathOf(page, other)} hrefLang={other} lang={other}>
              {t.nav.switchLanguage}
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
