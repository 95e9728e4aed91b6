import type { Locale } from '@rescind/core';
import { getDictionary } from '../i18n/index.ts';
import styles from './site-footer.module.css';

/** The contentinfo landmark: what happens to the person's data, said plainly. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className={styles.footer}>
      <p>{t.footer.privacy}</p>
    </footer>
  );
}
