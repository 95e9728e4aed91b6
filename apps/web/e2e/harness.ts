import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { outDir, startStaticServer } from '../scripts/static-server.mjs';

export interface Site {
  url: string;
  close: () => Promise<void>;
}

/** Serves `out/` on a free port of 127.0.0.1. */
export async function startSite(): Promise<Site> {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(
      `The exported site is missing (${outDir}). Build it first: pnpm --filter @rescind/web build`,
    );
  }
  return startStaticServer();
}

/**
 * A headless Chromium with a fresh profile (Playwright gives each launch its own temp dir). The
 * suite fails without it: it never skips.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** What a page did that a test wants to look at afterwards. */
export interface PageLog {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request the page made, in order. */
  requests: string[];
  /** Requests made after the `load` event. */
  requestsAfterLoad: string[];
  /** Dialogs the page opened (an `alert` would mean injected script ran). */
  dialogs: string[];
}

/**
 * Requests made after `load` that could carry something the person typed: anything but the site's
 * own code chunks, which the page loads on demand (the letter engine after first paint, the PDF
 * and Word makers on a click) with nothing of the person's in them.
 */
export function lateRequests(log: PageLog, siteUrl: string): string[] {
  const ownChunk = (url: string) =>
    url.startsWith(`${new URL(siteUrl).origin}/_next/static/chunks/`) && url.endsWith('.js');
  return log.requestsAfterLoad.filter((url) => /^https?:/.test(url) && !ownChunk(url));
}

/** A new page in a new context, logging errors, requests and dialogs. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  // A CSP violation is not always a console error (a caught `eval` probe is silent); make it one.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const log: PageLog = { errors: [], requests: [], requestsAfterLoad: [], dialogs: [] };
  let loaded = false;
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('load', () => {
    loaded = true;
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) loaded = false;
  });
  page.on('request', (request) => {
    log.requests.push(request.url());
    // A reload or a step of the flow loading the page anew starts a new page, not a late request
    // of this one: its request can come before `framenavigated` resets `loaded`.
    const reload =
      request.isNavigationRequest() &&
      request.frame() === page.mainFrame() &&
      new URL(request.url()).origin === new URL(page.url()).origin;
    if (loaded && !reload) log.requestsAfterLoad.push(request.url());
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, log };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns each violation with the elements it found. */
export async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  // Evaluated through DevTools, not added as an inline <script>: the page's CSP would (rightly)
  // refuse a script that is not pinned by hash.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown }> } })
      .axe;
    return (await axe.run()).violations as AxeViolation[];
  });
  return violations.map((violation) => ({
    id: violation.id,
    targets: violation.nodes.flatMap((node) => node.target),
  }));
}
