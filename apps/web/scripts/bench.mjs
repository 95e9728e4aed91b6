// `pnpm --filter @rescind/web bench`: how much JavaScript each exported page makes the browser
// load (gzip), as a ratio to an empty Next page built the same way in the same run; each step of
// the letter flow as Chromium loads it; the chunks loaded later (the engine, the PDF and Word
// makers) apart; and a check that the content parser (remark/unified) never reaches the browser.
// Run after `pnpm build`; not a test. Byte counts, not times: the figures do not depend on how busy
// the machine is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { locales } from '@rescind/core';
import { chromium } from 'playwright-core';
import { aboutPath } from '../src/guide/about-route.ts';
import { steps } from '../src/letter/steps.ts';
import { guidePath, letterPath } from '../src/routes.ts';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const siteOut = join(webDir, 'out');
const emptyDir = join(webDir, 'bench', 'empty');
const require = createRequire(import.meta.url);
const nextBin = join(dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');

/**
 * Goals from the issue: a page of the guide adds next to nothing (the about page and the language
 * chooser are pages of text too), a step of the letter flow its one island.
 */
const goals = /** @type {const} */ ({ guide: 1.05, letter: 1.3 });
const textPages = new Set([
  '/',
  ...locales.flatMap((locale) => [guidePath(locale), aboutPath(locale)]),
]);
const letterPages = new Set(locales.map((locale) => letterPath(locale)));

/**
 * String literals that survive minification and that only unified, mdast-util-from-markdown and
 * micromark carry (checked against a minified bundle of `@rescind/core/parse`).
 */
const parserMarkers = ['without `parser`', 'Cannot close document, a token', 'codeFenced'];

/**
 * Class names only classic zod registers (zod/mini's are `ZodMini…`, its engine's `$Zod…`): the
 * browser gets zod/mini through core's letter engine, never classic zod through the content schema.
 */
const zodClassicMarkers = ['"ZodObject"', '"ZodString"'];

/** @param {string} dir */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => path.endsWith('.html') && statSync(path).isFile());
}

/** The scripts a modern browser runs for a page: `<script src>` (not `nomodule`) and preloads. */
/**
 * @param {string} htmlPath
 * @returns {string[]}
 */
function scriptsOf(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const sources = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snoModule/i.test(tag)) sources.add(src.split('?')[0]);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*rel="preload"[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\sas="script"/.test(tag)) sources.add(href.split('?')[0]);
  }
  return [...sources];
}

/**
 * @param {string} root
 * @param {string[]} sources
 */
function gzipBytes(root, sources) {
  return sources.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(root, src)), { level: 9 }).length,
    0,
  );
}

function buildEmpty() {
  console.log('Building the empty baseline app (bench/empty) …');
  execFileSync(process.execPath, [nextBin, 'build'], {
    cwd: emptyDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

if (!existsSync(join(siteOut, 'index.html'))) {
  console.error('No exported site in apps/web/out: run "pnpm --filter @rescind/web build" first.');
  process.exit(1);
}
buildEmpty();
const emptyOut = join(emptyDir, 'out');
const baseline = gzipBytes(emptyOut, scriptsOf(join(emptyOut, 'index.html')));

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`\nEmpty Next page: ${kib(baseline)} of JavaScript (gzip)\n`);
console.log('page'.padEnd(22), 'gzip'.padStart(9), 'ratio'.padStart(7), ' goal');

let missed = 0;
for (const path of htmlFiles(siteOut).sort()) {
  const page = `/${relative(siteOut, path)}`.replace(/index\.html$/, '');
  const bytes = gzipBytes(siteOut, scriptsOf(path));
  const ratio = bytes / baseline;
  const kind = letterPages.has(page) ? 'letter' : textPages.has(page) ? 'guide' : null;
  const goal = kind ? goals[kind] : null;
  const verdict = goal === null ? '' : ratio <= goal ? `≤ ${goal}× ok` : `≤ ${goal}× MISSED`;
  if (goal !== null && ratio > goal) missed++;
  console.log(
    page.padEnd(22),
    kib(bytes).padStart(9),
    `${ratio.toFixed(3)}×`.padStart(7),
    ` ${verdict}`,
  );
}

// Every chunk, not only those a page names: a lazily loaded one would count too.
const chunkDir = join(siteOut, '_next');
const chunks = readdirSync(chunkDir, { recursive: true })
  .map((name) => join(chunkDir, String(name)))
  .filter((path) => path.endsWith('.js') && statSync(path).isFile())
  .map((path) => ({ name: relative(siteOut, path), code: readFileSync(path, 'utf8') }));

/**
 * @param {string} what
 * @param {string[]} markers
 */
function reportLeaks(what, markers) {
  const leaks = chunks.flatMap(({ name, code }) =>
    markers.filter((marker) => code.includes(marker)).map((marker) => `${name}: ${marker}`),
  );
  console.log(
    leaks.length === 0
      ? `${what} in client chunks: none`
      : `${what} found in client chunks:\n  ${leaks.join('\n  ')}`,
  );
  return leaks.length;
}

/**
 * The chunks the letter page loads only when needed, reported apart (no goal: none of them is on
 * the first paint). Each is found by a string only its code holds.
 */
const lazyChunks = [
  { what: 'letter engine (after first paint)', marker: 'Qqxapplicant' },
  { what: 'PDF (on "Download .pdf")', marker: 'CIDFontType2' },
  { what: 'Word (on "Download .docx")', marker: 'w:framePr' },
];
/** @param {string} name */
const isLazy = (name) => {
  const code = readFileSync(join(siteOut, name), 'utf8');
  return lazyChunks.some(({ marker }) => code.includes(marker));
};

// Each step of the flow as a browser opens it (`?step=` is read in the browser, so the HTML alone
// cannot say): every script it fetches until the network is quiet, less the chunks loaded later,
// which are reported below.
console.log('\nletter flow, step by step (in Chromium; first load, without the chunks below)');
console.log('page'.padEnd(30), 'gzip'.padStart(9), 'ratio'.padStart(7), ' goal');
const site = await startStaticServer();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  for (const locale of locales) {
    for (const step of steps) {
      const path = `${letterPath(locale)}?step=${step}`;
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {Set<string>} */
      const scripts = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (request.resourceType() === 'script' && url.origin === new URL(site.url).origin) {
          scripts.add(url.pathname);
        }
      });
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      await context.close();
      const firstLoad = [...scripts].filter((name) => !isLazy(name));
      const bytes = gzipBytes(siteOut, firstLoad);
      const ratio = bytes / baseline;
      const verdict = ratio <= goals.letter ? `≤ ${goals.letter}× ok` : `≤ ${goals.letter}× MISSED`;
      if (ratio > goals.letter) missed++;
      console.log(
        path.padEnd(30),
        kib(bytes).padStart(9),
        `${ratio.toFixed(3)}×`.padStart(7),
        ` ${verdict}`,
      );
    }
  }
} finally {
  await browser.close();
  await site.close();
}

console.log('\nloaded later'.padEnd(39), 'gzip'.padStart(9), 'ratio'.padStart(7));
for (const { what, marker } of lazyChunks) {
  const bytes = chunks
    .filter(({ code }) => code.includes(marker))
    .reduce((sum, { code }) => sum + gzipSync(code, { level: 9 }).length, 0);
  console.log(
    what.padEnd(38),
    kib(bytes).padStart(9),
    `${(bytes / baseline).toFixed(3)}×`.padStart(7),
  );
}

console.log('');
const leaks =
  reportLeaks('remark/unified', parserMarkers) + reportLeaks('classic zod', zodClassicMarkers);
if (missed > 0) console.log(`${missed} page(s) over their goal.`);
process.exitCode = leaks > 0 ? 1 : 0;
