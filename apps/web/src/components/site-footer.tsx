import { getArticle, type Locale } from '@rescind/core';
import { aboutPath } from '../guide/about-route.ts';
import { getDictionary } from '../i18n/index.ts';
import styles from './site-footer.module.css';

/**
 * The contentinfo landmark: what happens to the person's data, said plainly; where the guide comes
 * from and when it was last edited; the page about the edition.
 */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const article = getArticle(locale);
  const longDate = (isoDate: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  return (
    <footer className={styles.footer}>
      <div className={styles.columns}>
        <p className={styles.brand}>
          <span className={styles.name}>{t.siteName}</span> {t.front.tagline}
        </p>
        <p>{t.footer.privacy}</p>
        <p>
          {article.source ? `${t.footer.source(article.source)} ` : null}
          {article.edited ? t.footer.updated(longDate(article.edited)) : null}{' '}
          <a href={aboutPath(locale)}>{t.footer.about}</a>
        </p>
      </div>
    </footer>
  );
}
