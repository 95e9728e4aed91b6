import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '/work/wt-web/apps/web/scripts/chromium.mjs';
import { startStaticServer } from '/work/wt-web/apps/web/scripts/static-server.mjs';

const site = await startStaticServer();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const ctx = await browser.newContext({
    viewport: { width: s.w, height: s.h },
    colorScheme: s.dark ? 'dark' : 'light',
  });
  const page = await ctx.newPage();
  await page.goto(site.url + s.path);
  await page.waitForTimeout(600);
  if (s.fill)
    for (const [k, v] of Object.entries(s.fill)) {
      if (k.startsWith('check:')) await page.check(k.slice(6));
      else await page.fill(`[name="${k}"]`, v);
    }
  if (s.click) await page.click(s.click);
  if (s.media) await page.emulateMedia({ media: s.media });
  await page.waitForTimeout(400);
  if (s.pdf) {
    await page.pdf({ path: s.pdf, format: 'A4', preferCSSPageSize: true });
  } else await page.screenshot({ path: s.out, fullPage: !!s.full });
  await ctx.close();
}
await browser.close();
await site.close();
