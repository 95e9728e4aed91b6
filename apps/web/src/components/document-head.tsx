import type { ReactNode } from 'react';
import { contentSecurityPolicy } from '../csp.ts';

/** Every page's <head>: the CSP comes first, since it only governs what follows it. */
export function DocumentHead({ children }: { children?: ReactNode }) {
  return (
    <head>
      <meta httpEquiv="Content-Security-Policy" content={contentSecurityPolicy} />
      <meta name="referrer" content="no-referrer" />
      {children}
    </head>
  );
}
