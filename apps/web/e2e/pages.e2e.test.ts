import { getArticle, locales } from '@rescind/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutPath } from '../src/guide/about-route.ts';
import { editionChanges } from '../src/guide/edition-changes.ts';
import { getDictionary } from '../src/i18n/index.ts';
import { allPages, letterPath, positionPath } from '../src/routes.ts';
import {
  axeViolations,
  lateRequests,
  launchBrowser,
  openPage,
  type Site,
  startSite,
} from './harness.ts';

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

const missing = '/sv/finns-inte/';
const pages = [...allPages().map((page) => page.path), missing];

describe.each(pages)('%s', (path) => {
  it('renders in its language with no console error, no late request and no axe violation', async () => {
    const { page, log } = await openPage(browser, { locale: 'en-US' });
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(path === missing ? 404 : 200);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    const lang = await page.getAttribute('html', 'lang');
    expect(lang).toBe(path.startsWith('/nl/') ? 'nl' : 'sv');
    // Every tab and bookmark names the site: after the page's own name, or alone on the chooser.
    expect(await page.title()).toMatch(path === '/' ? /^rescind · / : /\S · rescind$/);

    // Open every disclosure so axe sees the FAQ answers too.
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);

    // Nothing is fetched once the page is there.
    await page.waitForTimeout(300);
    expect(lateRequests(log, site.url)).toEqual([]);
    expect(log.requests.every((url) => url.startsWith(site.url) || !/^https?:/.test(url))).toBe(
      true,
    );
    // The browser reports the 404 page's own status as a console error; nothing else may fail.
    const ownStatus = /status of 404/;
    expect(log.errors.filter((error) => path !== missing || !ownStatus.test(error))).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(site.url + path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('the front door', () => {
  it.each(['sv', 'nl'] as const)(
    '/%s/ says what it does, offers two starts and the five steps at a glance, at phone size',
    async (locale) => {
      const { page } = await openPage(browser, { viewport: { width: 375, height: 812 } });
      await page.goto(`${site.url}/${locale}/`);
      const t = getDictionary(locale).front;
      expect(await page.locator('h1').textContent()).toBe(t.title);
      const write = page.getByRole('link', { name: t.write, exact: true });
      const position = page.getByRole('link', { name: t.position, exact: true });
      // Both starts are on the first screen of a phone.
      for (const link of [write, position]) {
        const box = await link.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(812);
      }
      expect(await write.getAttribute('href')).toBe(letterPath(locale));
      expect(await position.getAttribute('href')).toBe(positionPath(locale));
      const glance = await page
        .locator('section[aria-labelledby="front-title"] ol a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(glance).toEqual(getArticle(locale).steps.map((step) => `#${step.id}`));
      // The footer says where the guide comes from and when it was last edited.
      expect(await page.locator('footer').textContent()).toMatch(
        locale === 'sv' ? /Senast uppdaterad/ : /Laatst bijgewerkt/,
      );
      await page.context().close();
    },
  );
});

describe('the guide', () => {
  it.each(['sv', 'nl'])(
    '/%s/ has the five steps in order, three FAQs and no promotion',
    async (locale) => {
      const { page, log } = await openPage(browser);
      await page.goto(`${site.url}/${locale}/`);
      const stepIds = await page
        .locator('ol:has(#step-reflect) > li h3')
        .evaluateAll((headings) => headings.map((heading) => heading.id));
      expect(stepIds).toEqual([
        'step-reflect',
        'step-contract',
        'step-act-fast',
        'step-alternatives',
        'step-announce',
      ]);
      expect(await page.locator('details[id^="faq-"]').count()).toBe(3);
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(2);
      const body = (await page.textContent('main')) ?? '';
      expect(body).not.toMatch(/ClickUp Brain|Meld u hier aan|Registrera dig/i);
      expect(log.errors).toEqual([]);
      await page.context().close();
    },
  );

  it('links each channel to the letter generator pre-set to that channel', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/nl/`);
    await page.locator('#channel-phone ~ p a[href*="channel=phone"]').first().click();
    await page.waitForURL(/\/nl\/brief\/\?channel=phone$/);
    await expect
      .poll(() => page.locator('input[name="channel"][value="phone"]').isChecked())
      .toBe(true);
    await page.context().close();
  });
});

describe('the edition', () => {
  it.each(locales)('/%s/ shows the edited text with no editor’s notes', async (locale) => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/${locale}/`);
    const body = (await page.textContent('main')) ?? '';
    expect(body).not.toMatch(/Redaktionell rättelse|Redactionele correctie/);
    expect(await page.locator('main small').count()).toBe(0);
    const about = aboutPath(locale);
    expect(await page.locator(`main a[href="${about}"]`).count()).toBe(1);
    expect(await page.locator(`footer a[href="${about}"]`).count()).toBe(1);
    await page.locator(`main a[href="${about}"]`).click();
    await page.waitForURL(site.url + about);
    expect(await page.locator('h1').textContent()).toBe(getDictionary(locale).about.title);
    await page.context().close();
  });

  it.each(locales)(
    'the %s about page lists each change to the guide, original and edited, labelled',
    async (locale) => {
      const t = getDictionary(locale).about;
      const article = getArticle(locale);
      const { page } = await openPage(browser, { javaScriptEnabled: false });
      await page.goto(site.url + aboutPath(locale));
      const listed = await page.locator('main ol > li dl').evaluateAll((lists) =>
        lists.map((list) => ({
          labels: [...list.querySelectorAll('dt')].map((dt) => dt.textContent),
          quotes: [...list.querySelectorAll('dd blockquote')].map((q) => q.textContent),
        })),
      );
      const expected = editionChanges(article, {
        intro: t.introPart,
        stepLabel: getDictionary(locale).guide.stepLabel,
      }).flatMap((group) => group.changes);
      expect(listed).toEqual(
        expected.map((change) => ({
          labels: [t.original, t.edited],
          quotes: [change.original, change.correction],
        })),
      );
      const promotionIds = new Set(article.promotions.map((promotion) => promotion.id));
      const inGuide = article.corrections.filter((c) => !promotionIds.has(c.sectionId ?? ''));
      for (const c of inGuide) {
        expect(
          listed.some((l) => l.quotes[0] === c.original && l.quotes[1] === c.correction),
          c.original,
        ).toBe(true);
      }
      await page.context().close();
    },
  );

  it('stacks original over edited on a phone and sets them side by side on a wide screen', async () => {
    const positions = async (width: number) => {
      const { page } = await openPage(browser, { viewport: { width, height: 800 } });
      await page.goto(site.url + aboutPath('sv'));
      const boxes = await page
        .locator('main ol > li dl')
        .first()
        .locator('blockquote')
        .evaluateAll((quotes) => quotes.map((quote) => quote.getBoundingClientRect().toJSON()));
      await page.context().close();
      return boxes as { x: number; y: number; width: number }[];
    };
    const [phoneOriginal, phoneEdited] = await positions(375);
    expect(phoneEdited?.y).toBeGreaterThan((phoneOriginal?.y ?? 0) + 10);
    expect(phoneOriginal?.width).toBeGreaterThan(300);
    const [wideOriginal, wideEdited] = await positions(1280);
    expect(wideEdited?.x).toBeGreaterThan((wideOriginal?.x ?? 0) + 100);
  });
});

describe('the language chooser', () => {
  it('sends a browser that prefers Dutch to the Dutch guide', async () => {
    const { page } = await openPage(browser, { locale: 'nl-NL' });
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/nl/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.context().close();
  });

  it('offers both languages without JavaScript', async () => {
    const { page } = await openPage(browser, { locale: 'sv-SE', javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    expect(await page.locator('a[href="/sv/"]').count()).toBe(1);
    expect(await page.locator('a[href="/nl/"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('files for crawlers', () => {
  it('serves the sitemap, robots.txt and a favicon', async () => {
    for (const path of ['/sitemap.xml', '/robots.txt', '/icon.svg', '/favicon.ico']) {
      const response = await fetch(site.url + path);
      expect(response.status, path).toBe(200);
    }
    const sitemap = await (await fetch(`${site.url}/sitemap.xml`)).text();
    for (const path of [
      '/sv/',
      '/nl/',
      '/sv/brev/',
      '/nl/brief/',
      '/sv/om-guiden/',
      '/nl/over-deze-gids/',
    ])
      expect(sitemap).toContain(path);
  });
});
