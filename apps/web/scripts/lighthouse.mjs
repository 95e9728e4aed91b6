// `pnpm --filter @rescind/web lighthouse`: Lighthouse against the exported site, served locally
// by the project's own static server, in Debian's Chromium. Mobile settings (Lighthouse's default:
// a mid-range phone on a slow 4G link, simulated). Reports the four category scores for each
// language's guide and the letter flow's first step (`pnpm lighthouse /sv/om-guiden/` for other
// pages); not a test.
//
// SEO loses points on `robots-txt`: Lighthouse fetches robots.txt from inside the page, and the
// page's CSP (`connect-src 'none'`) refuses it, as it refuses any fetch. The CSP stays.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '@rescind/core';
import lighthouse from 'lighthouse';
import { stepHref } from '../src/letter/steps.ts';
import { guidePath, letterPath } from '../src/routes.ts';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const require = createRequire(import.meta.url);
const lighthouseVersion = JSON.parse(
  readFileSync(require.resolve('lighthouse/package.json'), 'utf8'),
).version;

const paths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : locales.flatMap((locale) => [
        guidePath(locale),
        `${letterPath(locale)}${stepHref('situation')}`,
      ]);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Starts Chromium with a DevTools port of its own choosing and a throwaway profile. */
function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'rescind-lighthouse-'));
  const child = spawn(
    chromiumPath,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...chromiumArgs,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.once('error', reject);
    child.stderr.on('data', (data) => {
      stderr += data;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        resolve({
          port: Number(match[1]),
          stop: async () => {
            const exited = new Promise((done) => child.once('exit', done));
            child.kill();
            await exited;
            rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
          },
        });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before it was ready:\n${stderr}`)),
    );
  });
}

/** Runs per page: the scores on a busy machine vary from run to run, so each is the median. */
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/**
 * @param {number} port
 * @param {string} url
 * @returns {Promise<import('lighthouse').Result>}
 */
async function audit(port, url) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/**
 * Each category's median score over `runs` runs, and the run whose performance is that median.
 * @param {number} port
 * @param {string} url
 */
async function medianOf(port, url) {
  /** @type {import('lighthouse').Result[]} */
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await audit(port, url));
  const score = (/** @type {import('lighthouse').Result} */ lhr, /** @type {string} */ id) =>
    Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const median = (/** @type {number[]} */ values) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const scores = categories.map((id) => median(results.map((lhr) => score(lhr, id))));
  const typical = results.find((lhr) => score(lhr, 'performance') === scores[0]);
  if (!typical) throw new Error(`Lighthouse made no run of ${url}`);
  return { scores, typical };
}

/** @param {string} label @param {number[]} scores */
const row = (label, scores) =>
  console.log(label.padEnd(26), scores.map((each) => String(each).padStart(15)).join(''));

const site = await startStaticServer();
const chromium = await startChromium();
try {
  console.log(
    `Lighthouse ${lighthouseVersion} · mobile · ${chromiumPath} · median of ${runs} run(s)\n`,
  );
  console.log('page'.padEnd(26), categories.map((c) => c.padStart(15)).join(''));
  for (const path of paths) {
    const { scores, typical } = await medianOf(chromium.port, `${site.url}${path}`);
    row(path, scores);
    // Lighthouse's own measure of how fast this machine ran, in the same run (its scores assume
    // a machine of about 1000-2000; a busy one scores performance lower).
    console.log(`   CPU benchmark index ${Math.round(typical.environment.benchmarkIndex)}`);
    const failing = Object.values(typical.audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual',
    );
    for (const audit of failing)
      console.log(
        `   · ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
      );
  }
} finally {
  await chromium.stop();
  await site.close();
}
