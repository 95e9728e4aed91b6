import type { NextConfig } from 'next';

/**
 * The whole site is static files (`out/`): it runs on any static host or CDN, and no server ever
 * holds what a person types into the letter form.
 */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Without one root layout (each locale renders its own <html lang>), Next needs this flag to
  // build the site-wide 404 page.
  experimental: { globalNotFound: true },
  turbopack: {
    // The letter page's browser code takes zod/mini from a tree-shaken bundle of just the functions
    // it uses (scripts/bundle-zod-mini.mjs): Turbopack keeps much more of zod than they need.
    resolveAlias: { 'zod/mini': { browser: './vendor/zod-mini.generated.js' } },
  },
};

export default nextConfig;
