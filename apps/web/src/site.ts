/**
 * Where the site is deployed. Canonical links, the sitemap and Open Graph URLs must be absolute;
 * set `SITE_URL` when building for a real host. The default matches `pnpm start`.
 */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
