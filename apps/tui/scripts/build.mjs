// Bundles the CLI into dist/ with esbuild, so a cold start reads a few files instead of hundreds.
// The interactive app is a dynamic import and lands in its own chunk: the plain CLI never loads Ink.
import { chmod, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';
import { writeManPage } from './man.mjs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

await rm(new URL('dist/', root), { recursive: true, force: true });
await build(
  bundleOptions({
    root: fileURLToPath(root),
    entryPoints: { rescind: 'src/main.ts' },
    outdir: 'dist',
    define: { __RESCIND_VERSION__: JSON.stringify(pkg.version) },
  }),
);
await chmod(new URL('dist/rescind.js', root), 0o755);
await writeManPage(
  fileURLToPath(new URL('dist/rescind.js', root)),
  new URL('dist/rescind.1', root),
  pkg.version,
);
