// `pnpm --filter @rescind/web lighthouse`: Lighthouse 13 against the exported site, served
// locally, in Debian's Chromium. Mobile settings (Lighthouse's default: a mid-range phone on a slow
// 4G link, simulated). Reports the four category scores for the guide and the letter page; not a
// test.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/sv/', '/nl/brief/'];
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

const site = await startStaticServer();
const chromium = await startChromium();
try {
  console.log(`Lighthouse 12.8 · mobile · ${chromiumPath}\n`);
  console.log('page'.padEnd(14), categories.map((c) => c.padStart(15)).join(''));
  for (const path of paths) {
    const result = await lighthouse(`${site.url}${path}`, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    console.log(path.padEnd(14), scores.map((s) => String(s).padStart(15)).join(''));
    const failing = Object.values(lhr.audits).filter(
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
