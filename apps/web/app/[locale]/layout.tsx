import { locales } from '@rescind/core';
import type { ReactNode } from 'react';
import { DocumentHead } from '../../src/components/document-head.tsx';
import { SiteFooter } from '../../src/components/site-footer.tsx';
import { localeParam } from '../../src/routes.ts';
import '../globals.css';

/** Only the locales core knows are built; any other first segment is the 404 page. */
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** The root layout of each language: its own `<html lang>`, so a screen reader speaks it right. */
export default async function LocaleLayout(props: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = localeParam((await props.params).locale);
  return (
    <html lang={locale}>
      <DocumentHead />
      <body>
        {props.children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
