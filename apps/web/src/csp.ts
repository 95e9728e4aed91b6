const development = process.env.NODE_ENV === 'development';

/**
 * The Content-Security-Policy every page carries as a meta tag (a static host sends no headers we
 * control). It states the privacy promise in a form the browser enforces: scripts, styles and
 * images only from this site, and `connect-src 'none'`, so nothing the person types can be sent
 * anywhere.
 *
 * Next's static export inlines its bootstrap scripts. After the build, `scripts/pin-inline-scripts.mjs`
 * adds the SHA-256 hash of each page's inline scripts to `script-src`; a browser that understands
 * hashes then ignores `'unsafe-inline'`, which stays only for the few that do not (CSP level 1).
 * `frame-ancestors` is left out: browsers ignore it in a meta tag and log an error. `next dev`
 * needs `eval` and a socket for reloading, so the development policy allows those two.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src ${development ? "'self' ws:" : "'none'"}`,
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
