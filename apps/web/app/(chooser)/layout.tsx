import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { redirectScript } from '../../src/chooser/redirect-script.ts';
import { DocumentHead } from '../../src/components/document-head.tsx';
import { icons } from '../../src/icon.ts';
import { siteUrl } from '../../src/site.ts';
import '../globals.css';

export const metadata: Metadata = {
  metadataBase: siteUrl,
  icons,
  title: 'rescind · Svenska · Nederlands',
  description:
    'Ta tillbaka ditt accepterande av ett jobberbjudande, artigt och ärligt. · Trek je acceptatie van een baanaanbod beleefd en eerlijk in.',
  alternates: { canonical: '/', languages: { sv: '/sv/', nl: '/nl/', 'x-default': '/' } },
};

/**
 * The root layout of `/` alone. Each locale has its own root layout with its own `<html lang>`;
 * this page speaks both languages, so the document is Swedish and the Dutch parts say so.
 */
export default function ChooserLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <DocumentHead>
        {/* A constant: no input ever reaches this script. */}
        <script dangerouslySetInnerHTML={{ __html: redirectScript }} />
      </DocumentHead>
      <body>{children}</body>
    </html>
  );
}
