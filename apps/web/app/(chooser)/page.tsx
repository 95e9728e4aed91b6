import { locales } from '@rescind/core';
import { getDictionary } from '../../src/i18n/index.ts';
import { guidePath } from '../../src/routes.ts';
import styles from './page.module.css';

/** `/`: the two languages side by side, each in its own words. */
export default function ChooserPage() {
  return (
    <main id="main" className={styles.main}>
      <h1 className={styles.title}>
        rescind
        <span className={styles.subtitle}>
          <span>Välj språk</span> · <span lang="nl">Kies je taal</span>
        </span>
      </h1>
      <ul className={styles.options}>
        {locales.map((locale) => {
          const t = getDictionary(locale);
          return (
            <li key={locale} lang={locale} className={styles.option}>
              <a href={guidePath(locale)} hrefLang={locale} className={styles.link}>
                {t.languageName}
              </a>
              <p>{t.guide.metaDescription}</p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
