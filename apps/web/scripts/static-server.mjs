// The exported site (`out/`) over HTTP, as any static host would serve it: `/sv/` is
// `sv/index.html`, an unknown path gets `404.html` with status 404. Used by `pnpm serve`, the
// end-to-end suite and the Lighthouse script, so all three see the same responses.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import handler from 'serve-handler';

/** The exported site next to this script. */
export const outDir = fileURLToPath(new URL('../out', import.meta.url));

// Headers a host should send for this site. The CSP itself travels in each page's meta tag (it
// works on any host); `frame-ancestors` only works as a header, so it is added here.
const headers = [
  {
    // Next fingerprints these file names, so a browser may keep them for good.
    source: '_next/static/**',
    headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
  },
  {
    source: '**',
    headers: [
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'no-referrer' },
    ],
  },
];

/**
 * An HTTP server for a static export directory.
 * @param {string} [root]
 */
export function createStaticServer(root = outDir) {
  const compress = compression();
  return createServer((request, response) =>
    // gzip, as any static host or CDN would; `compression` is written for plain Node servers too.
    compress(/** @type {any} */ (request), /** @type {any} */ (response), () =>
      handler(request, response, {
        public: root,
        trailingSlash: true,
        directoryListing: false,
        headers,
      }),
    ),
  );
}

/**
 * Starts a server on 127.0.0.1 (port 0 picks a free one) and says where it is.
 * @param {{ root?: string; port?: number; host?: string }} [options]
 * @returns {Promise<{ url: string; port: number; close: () => Promise<void> }>}
 */
export function startStaticServer({ root = outDir, port = 0, host = '127.0.0.1' } = {}) {
  const server = createStaticServer(root);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
