import type { ReactNode } from 'react';
import { contentSecurityPolicy } from '../csp.ts';

/**
 * Registers the service worker (`out/sw.js`, written by scripts/build-service-worker.mjs) once the
 * page has loaded, so the site works offline after a first visit. Inline, so the guide pages ship
 * no script of their own for it; pinned by hash in the CSP like Next's own. Not in `next dev`,
 * which has no `sw.js`.
 */
const registerServiceWorker =
  "if('serviceWorker'in navigator)addEventListener('load',function(){navigator.serviceWorker.register('/sw.js').catch(function(){})})";
const production = process.env.NODE_ENV === 'production';

/** Every page's <head>: the CSP comes first, since it only governs what follows it. */
export function DocumentHead({ children }: { children?: ReactNode }) {
  return (
    <head>
      <meta httpEquiv="Content-Security-Policy" content={contentSecurityPolicy} />
      <meta name="referrer" content="no-referrer" />
      {production ? (
        // A fixed string of our own, no input in it.
        <script dangerouslySetInnerHTML={{ __html: registerServiceWorker }} />
      ) : null}
      {children}
    </head>
  );
}
