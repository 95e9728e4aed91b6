/**
 * `tsx bench/bundle-size.ts`: the gzip size of a minimal browser app (esbuild, bundled, minified)
 * for each entry point, as a ratio to the same app without rescind, built in the same run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const core = join(import.meta.dirname, '..');
// Inside the package, so that `@rescind/core/…` resolves to this build through its exports map.
mkdirSync(join(core, '.bench'), { recursive: true });
const dir = mkdtempSync(join(core, '.bench/bundle-'));

const show = 'document.body.textContent = JSON.stringify(x).slice(0, 80);';
const letterAnswers = `{
  locale: 'sv', channel: 'email', formality: 'formal', applicant: { name: 'Anna Berg' },
  recipient: { company: 'Nordlys AB' }, position: 'projektledare', reason: 'career',
  startDate: '2027-01-10', today: '2026-11-21' }`;

export const apps: Record<string, string> = {
  'without rescind': `const x = { hello: 'world' }; ${show}`,
  '@rescind/core/article/sv': `import { article as x } from '@rescind/core/article/sv'; ${show}`,
  '@rescind/core/article/nl': `import { article as x } from '@rescind/core/article/nl'; ${show}`,
  '@rescind/core/article (both)': `import { getArticle } from '@rescind/core/article'; const x = getArticle('sv'); ${show}`,
  '@rescind/core': `import { getArticle } from '@rescind/core'; const x = getArticle('sv'); ${show}`,
  '@rescind/core/vocabulary': `import { getFormVocabulary } from '@rescind/core/vocabulary'; const x = getFormVocabulary('sv'); ${show}`,
  '@rescind/core/letter generateLetter (sv answers)': `import { generateLetter } from '@rescind/core/letter'; const x = generateLetter(${letterAnswers}); ${show}`,
  '@rescind/core/letter/sv generateLetter': `import { generateLetter } from '@rescind/core/letter/sv'; const x = generateLetter(${letterAnswers}); ${show}`,
};

export interface BundleSize {
  app: string;
  gzip: number;
  /** Minified bytes of the bundle, and how many of them come from Dutch-only modules. */
  bytes: number;
  dutchBytes: number;
}

export async function bundleSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [app, code] of Object.entries(apps)) {
    const entry = join(dir, `${sizes.length}.js`);
    writeFileSync(entry, code);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'error',
    });
    const contents = result.outputFiles[0]?.contents ?? new Uint8Array();
    const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
    const dutchBytes = Object.entries(inputs)
      .filter(([file]) => /(?:\/nl[.-]|article\.nl\.generated|\/nl\.js$)/.test(file))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    sizes.push({ app, gzip: gzipSync(contents).length, bytes: contents.length, dutchBytes });
  }
  return sizes;
}

if (import.meta.filename === process.argv[1]) {
  try {
    const sizes = await bundleSizes();
    const base = sizes[0]?.gzip ?? 1;
    for (const { app, gzip, bytes, dutchBytes } of sizes) {
      const dutch =
        dutchBytes > 0
          ? `  (${Math.round((100 * dutchBytes) / bytes)}% of it Dutch-only modules)`
          : '';
      console.log(
        `${app.padEnd(48)} ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip  ${(gzip / base).toFixed(1).padStart(7)}× the app without rescind${dutch}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
