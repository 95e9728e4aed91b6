/**
 * How rescind is bundled, shared with the startup benchmark so its hello-world baseline is built
 * exactly the same way: one ESM bundle (dynamic imports split into chunks), minified, for Node.
 */
export function bundleOptions({ root, entryPoints, outdir, define = {} }) {
  return {
    absWorkingDir: root,
    entryPoints,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22.12',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies (React, Ink's helpers) call require() for Node built-ins; an ES module
    // has no require of its own, so every output file gets one.
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __rescindCreateRequire } from 'node:module';",
        'const require = __rescindCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    alias: { 'react-devtools-core': new URL('./devtools-stub.js', import.meta.url).pathname },
    define: { 'process.env.NODE_ENV': '"production"', ...define },
  };
}
