/**
 * The Content-Security-Policy every page carries as a meta tag (a static host sends no headers we
 * control). It states the privacy promise in a form the browser enforces: scripts, styles and
 * images only from this site, and `connect-src 'none'`, so nothing the person types can be sent
 * anywhere. Next's static export inlines its bootstrap scripts, so `script-src` needs
 * `'unsafe-inline'`; nothing on the site injects markup from input, so that is the accepted cost.
 * `frame-ancestors` is not listed: browsers ignore it in a meta tag and log an error.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
