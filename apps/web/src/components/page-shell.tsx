import type { Locale } from '@rescind/core';
import type { ReactNode } from 'react';
import { getDictionary } from '../i18n/index.ts';
import styles from './page-shell.module.css';
import { type PageKind, SiteHeader } from './site-header.tsx';
import { SkipLink } from './skip-link.tsx';

/** Skip link, banner and main landmark around a locale page's content. */
export function PageShell(props: { locale: Locale; page: PageKind; children: ReactNode }) {
  const t = getDictionary(props.locale);
  return (
    <>
      <SkipLink label={t.skipToContent} />
      <SiteHeader locale={props.locale} page={props.page} />
      <main id="main" tabIndex={-1} className={styles.main}>
        {props.children}
      </main>
    </>
  );
}
