import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
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

/**
 * One visit to `path`: the worker installs with the whole site in its cache and then controls the
 * page; after that the network is gone.
 */
async function visitOnceThenGoOffline(page: Page, path: string): Promise<void> {
  await page.goto(site.url + path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await page.context().setOffline(true);
}

describe('offline', () => {
  it('loads every page without a network after one visit', async () => {
    const { page, log } = await openPage(browser);
    await visitOnceThenGoOffline(page, '/sv/');
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

  it('makes a PDF and a Word file offline, though none was made online first', async () => {
    const { page, log } = await openPage(browser);
    await visitOnceThenGoOffline(page, '/nl/');
    // A posted letter: the document that comes as PDF and Word (an e-mail is text only).
    await page.goto(`${site.url}${letterPath('nl', 'letter')}&step=result`);
    const preview = page.locator('#doc-letter-text');
    await expect.poll(() => preview.count()).toBe(1);
    const firstLine = (await preview.inputValue()).split('\n')[0] ?? '';
    expect(firstLine).not.toBe('');
    for (const name of ['Download .pdf', 'Download .docx']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator('#doc-letter-title ~ fieldset')
          .getByRole('button', { name, exact: true })
          .click(),
      ]);
      const path = (await download.path()) ?? '';
      const text =
        name === 'Download .pdf'
          ? execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
          : execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
      // The draft's first line is in the file (the Word file may split it into runs: its first word).
      const words = (each: string) => each.replace(/\s+/g, ' ').trim();
      if (name === 'Download .pdf') expect(words(text), name).toContain(words(firstLine));
      else expect(text, name).toContain(firstLine.split(' ')[0] ?? '');
    }
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
