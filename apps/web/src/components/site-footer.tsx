import type { Locale } from '@rescind/core';
import { aboutPath } from '../guide/about-route.ts';
import { getDictionary } from '../i18n/index.ts';
import styles from './site-footer.module.css';

/** The contentinfo landmark: what happens to the person's data, said plainly, and what the guide is. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className={styles.footer}>
      <p>{t.footer.privacy}</p>
      <p>
        <a href={aboutPath(locale)}>{t.footer.about}</a>
      </p>
    </footer>
  );
}
