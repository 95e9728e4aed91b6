// Bundles the CLI into dist/ with esbuild, so a cold start reads a few files instead of hundreds.
// The interactive app is a dynamic import and lands in its own chunk: the plain CLI never loads Ink.
import { chmod, readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

await rm(new URL('dist/', root), { recursive: true, force: true });

await build({
  absWorkingDir: root.pathname,
  entryPoints: { rescind: 'src/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (React, Ink's helpers) call require() for Node built-ins; an ES module has
  // no require of its own, so every output file gets one.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __rescindCreateRequire } from 'node:module';",
      'const require = __rescindCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  alias: { 'react-devtools-core': './scripts/devtools-stub.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __RESCIND_VERSION__: JSON.stringify(pkg.version),
  },
});

await chmod(new URL('dist/rescind.js', root), 0o755);
