import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, letterPath } from '../src/routes.ts';
import { launchBrowser, openPage, type Site, startSite } from './harness.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('offline', () => {
  it('loads every page without a network after one visit', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${site.url}/sv/`);
    // The worker installs with the whole site in its cache, then controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await page.context().setOffline(true);
    const paths = [
      ...allPages().map((each) => each.path),
      `${letterPath('nl')}?step=result&channel=phone`,
    ];
    for (const path of paths) {
      const response = await page.goto(site.url + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').first().textContent(), path).toBeTruthy();
    }
    // The letter flow runs offline too: its engine is in the cache.
    await page.goto(`${site.url}${letterPath('sv')}?step=result`);
    await expect.poll(() => page.getByTestId('letter-preview').count()).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
