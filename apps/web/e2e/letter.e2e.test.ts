import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessPosition, formatLongDate, validateLetterInput } from '@rescind/core/letter';
import { getFormVocabulary } from '@rescind/core/vocabulary';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLetterDictionary } from '../src/i18n/letter.ts';
import type { FieldName } from '../src/letter/form-values.ts';
import { letterLayout } from '../src/letter/printed-letter.tsx';
import { questionSteps, type Step, stepHref, stepOf } from '../src/letter/steps.ts';
import { guidePath, letterPath, positionPanelId, positionPath } from '../src/routes.ts';
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

/** The step a field is asked on, and the way there: the step list's own link. */
async function toStep(page: Page, step: Step): Promise<void> {
  await page.locator(`nav a[href="${stepHref(step)}"]`).click();
  await expect.poll(() => page.url()).toContain(`step=${step}`);
}

/**
 * Answers the questions page by page, as a person clicking through the steps would: radios by
 * value, everything else typed.
 */
async function answer(page: Page, answers: Record<string, string>): Promise<void> {
  const byStep = new Map<Step, [string, string][]>();
  for (const entry of Object.entries(answers)) {
    const step = stepOf(entry[0] as FieldName);
    byStep.set(step, [...(byStep.get(step) ?? []), entry]);
  }
  for (const step of questionSteps) {
    const entries = byStep.get(step);
    if (!entries) continue;
    await toStep(page, step);
    for (const [name, value] of entries) {
      const radio = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
      if (!value.includes('\n') && (await radio.count()) === 1) await radio.check();
      else if ((await page.locator(`select[name="${name}"]`).count()) === 1)
        await page.selectOption(`select[name="${name}"]`, value);
      else await page.fill(`[name="${name}"]`, value);
    }
  }
}

/** Presses Tab until the button or link reading `text` has focus. */
async function tabToText(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? null);
    if (focused === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Presses Tab until the control named `name` has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the field "${name}"`);
}

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

const previews = (page: Page) => page.getByTestId('letter-preview');

/** Whether the first element matching `selector` is wholly inside a viewport `height` tall. */
async function inView(page: Page, selector: string, height: number): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

const panel = (page: Page) => page.locator(`#${positionPanelId}`);

/** The outcome the panel shows, once it shows one. */
async function shownOutcome(page: Page): Promise<string | null> {
  const outcome = panel(page).locator('[data-outcome]');
  return (await outcome.count()) === 1 ? outcome.getAttribute('data-outcome') : null;
}

/** Core's own verdict for the same answers (today: the browser's date, as on the page). */
function expectedPosition(locale: 'sv' | 'nl', answers: Record<string, unknown>) {
  return assessPosition({
    locale,
    channel: 'email',
    formality: 'formal',
    applicant: { name: 'A' },
    recipient: { company: 'A' },
    position: 'A',
    reason: 'career',
    startDate: '2099-03-01',
    ...answers,
  });
}

describe('the letter generator', () => {
  it.each([
    ['sv', 'email', 'light', 375],
    ['sv', 'letter', 'dark', 1280],
    ['sv', 'phone', 'light', 1280],
    ['sv', 'meeting', 'dark', 375],
    ['nl', 'email', 'dark', 375],
    ['nl', 'letter', 'light', 375],
    ['nl', 'phone', 'dark', 1280],
    ['nl', 'meeting', 'light', 1280],
  ] as const)(
    'walks the whole %s flow for %s by keyboard (%s, %i px), then shows the first document in view',
    async (locale, channel, colorScheme, width) => {
      const height = width === 375 ? 812 : 900;
      const { page, log } = await openPage(browser, { viewport: { width, height }, colorScheme });
      const t = getLetterDictionary(locale);
      await page.goto(`${site.url}${letterPath(locale)}?channel=${channel}`);
      // Every page of the flow passes axe, in this colour scheme: each step as it first shows,
      // with its answers typed, and with its errors showing.
      const accessible = async (what: string) => {
        expect(await axeViolations(page), what).toEqual([]);
      };
      await tabTo(page, 'reason');
      await accessible('situation');
      await page.keyboard.press('Space');
      const onward = async () => {
        await tabToText(page, t.flow.continue);
        await page.keyboard.press('Enter');
      };
      await onward();
      await expect.poll(() => page.url()).toContain('step=position');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-title');
      await accessible('position');
      await typeInto(page, 'startDate', locale === 'sv' ? '1 mars 2099' : '1-3-2099');
      await accessible('position, answered');
      await onward();
      await expect.poll(() => page.url()).toContain('step=you');
      await accessible('you');
      // Continue with no name: the error summary and the field's message show.
      await onward();
      const summary = page.locator('[aria-labelledby="error-summary-title"]');
      await expect.poll(() => summary.isVisible()).toBe(true);
      expect(await page.locator('[name="applicant.name"]').getAttribute('aria-invalid')).toBe(
        'true',
      );
      await accessible('you, with an error');
      await typeInto(page, 'applicant.name', locale === 'sv' ? 'Åsa Lindqvist' : 'Sanne de Vries');
      await onward();
      await expect.poll(() => page.url()).toContain('step=employer');
      await accessible('employer');
      await typeInto(page, 'recipient.company', locale === 'sv' ? 'Nordljus AB' : 'Polderlicht BV');
      await typeInto(page, 'recipient.name', locale === 'sv' ? 'Karin Holm' : 'Pieter Jansen');
      await accessible('employer, answered');
      await onward();
      await expect.poll(() => page.url()).toContain('step=job');
      await accessible('job');
      await typeInto(page, 'position', locale === 'sv' ? 'projektledare' : 'projectleider');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('step=check');
      expect(await page.locator('dl').first().textContent()).toContain(
        getFormVocabulary(locale).choices.channels[channel].label,
      );
      await accessible('check');
      await tabToText(page, t.flow.toResult);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('step=result');
      // After the last Continue, the first document has focus and is on screen.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.hasAttribute('data-document-title')),
        )
        .toBe(true);
      // The page scrolls there smoothly (unless the person asks for reduced motion): in view once
      // the scroll ends.
      await expect.poll(() => inView(page, '[data-document-title]', height)).toBe(true);
      // The documents carry the answers (meeting notes name nobody; the e-mail after it does).
      const texts = await previews(page).evaluateAll((areas) =>
        areas.map((area) => (area as HTMLTextAreaElement).value).join('\n'),
      );
      expect(texts).toContain(locale === 'sv' ? 'Nordljus' : 'Polderlicht');
      await accessible('result');
      expect(log.errors).toEqual([]);
      await page.context().close();
    },
  );

  it('walks the whole flow by keyboard, then shows the first document in view', async () => {
    const { page, log } = await openPage(browser, { viewport: { width: 375, height: 812 } });
    await page.goto(site.url + letterPath('sv'));
    await tabTo(page, 'reason');
    await page.keyboard.press('Space');
    const onward = async () => {
      await tabToText(page, 'Fortsätt');
      await page.keyboard.press('Enter');
    };
    await onward();
    await expect.poll(() => page.url()).toContain('step=position');
    // Focus moves to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-title');
    await typeInto(page, 'startDate', '1 mars 2099');
    await onward();
    await typeInto(page, 'applicant.name', 'Åsa Lindqvist');
    await onward();
    await typeInto(page, 'recipient.company', 'Nordljus AB');
    await onward();
    await typeInto(page, 'position', 'projektledare');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('step=check');
    expect(await page.locator('dl').first().textContent()).toContain('E-post');
    expect(await axeViolations(page)).toEqual([]);
    await tabToText(page, 'Visa mitt besked');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('step=result');

    // Focus moves to the first document, and it is on screen.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('doc-email-title');
    await expect.poll(() => inView(page, '#doc-email-title', 812)).toBe(true);
    const draft = await previews(page).first().inputValue();
    expect(draft).toContain('Åsa Lindqvist');
    // Running text names the company without its legal form ("Nordljus AB" → "Nordljus").
    expect(draft).toContain('hos Nordljus.');
    expect(await axeViolations(page)).toEqual([]);

    // The browser's back button goes to the previous step, answers kept.
    await page.goBack();
    await expect.poll(() => page.url()).toContain('step=check');
    expect(await page.locator('dl').nth(2).textContent()).toContain('Åsa Lindqvist');
    await page.goForward();
    await expect.poll(() => previews(page).count()).toBeGreaterThan(0);

    // Editing the draft is checked against the guide as the person types.
    const lint = page.locator('#doc-email-lint');
    expect(await lint.locator('li').count()).toBe(0);
    await previews(page).first().focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nmvh');
    await expect.poll(() => lint.locator('li').count()).toBeGreaterThan(0);
    expect(await lint.textContent()).toMatch(/mvh/i);
    expect(await page.getByText('Du har ändrat texten').count()).toBe(1);
    await page.getByRole('button', { name: 'Återställ utkastet' }).click();
    await expect.poll(() => lint.locator('li').count()).toBe(0);

    // A reload loses nothing.
    await page.reload();
    await expect.poll(() => previews(page).first().inputValue()).toContain('hos Nordljus.');

    // "Forget my answers" empties the form and the storage.
    await page.getByRole('button', { name: 'Glöm mina svar' }).click();
    // It asks once, then clears both languages.
    await page.getByRole('button', { name: 'Ja, ta bort dem' }).click();
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('rescind:letter')),
      ),
    ).toEqual([]);
    await page.reload();
    await toStep(page, 'you');
    expect(await page.inputValue('[name="applicant.name"]')).toBe('');

    expect(lateRequests(log, site.url)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['sv', 'Åsa Lindqvist', 'Nordljus AB'],
    ['nl', 'Sanne de Vries', 'Polderlicht BV'],
  ] as const)(
    'shows the %s message for a date that does not exist, inline and in a focused summary',
    async (locale, name, company) => {
      const { page } = await openPage(browser);
      await page.goto(site.url + letterPath(locale));
      await answer(page, {
        reason: 'career',
        'applicant.name': name,
        'recipient.company': company,
        position: 'projektledare',
      });
      await toStep(page, 'position');
      await typeInto(page, 'startDate', '2099-02-30');
      await page.keyboard.press('Enter');

      const expected = validateLetterInput({ locale, startDate: '2099-02-30' }, { locale });
      // Core's explanation, naming the field by its label on the page.
      const label = locale === 'sv' ? '”Planerat startdatum”' : '‘Geplande startdatum’';
      const message = expected.success
        ? ''
        : (expected.issues
            .find((issue) => issue.path === 'startDate')
            ?.message.replace(/”[^”]*”|‘[^’]*’/, label) ?? '');
      expect(message).toContain(label);
      // The page title says there is something to correct.
      expect(await page.title()).toMatch(locale === 'sv' ? /^\(Ett svar/ : /^\(Eén antwoord/);

      const summary = page.getByRole('region', {
        name: locale === 'sv' ? 'Några svar' : 'Een paar',
      });
      await expect.poll(() => summary.isVisible()).toBe(true);
      // The summary itself has focus, so a screen reader starts reading there.
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')),
      ).toBe('error-summary-title');
      expect(await summary.textContent()).toContain(message);
      expect(await axeViolations(page)).toEqual([]);

      const field = page.locator('[name="startDate"]');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const error = page.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
      expect(await error.textContent()).toBe(message);
      // The answer that caused the error is still there to correct.
      expect(await field.inputValue()).toBe('2099-02-30');
      await page.context().close();
    },
  );

  it('never flags what the person typed as a name, even in a draft they edited', async () => {
    const { page, log } = await openPage(browser);
    // The call script says "det är Du", and "Mvh" is the text-message sign-off the lint looks for.
    await page.goto(`${site.url}${letterPath('sv')}?channel=phone`);
    await answer(page, {
      reason: 'career',
      'applicant.name': 'Du',
      'recipient.company': 'Mvh Bygg AB',
      // After a call you know whom you spoke to: core asks for the name on the phone channel.
      'recipient.name': 'Karin Holm',
      position: 'projektledare',
      startDate: '2099-03-01',
    });
    await toStep(page, 'result');
    const script = page.locator('#doc-call-script-text');
    await expect.poll(() => script.count()).toBe(1);
    expect(await script.inputValue()).toContain('Du');

    await script.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nHälsa från Mvh Bygg AB.');
    await expect.poll(() => page.getByText('Du har ändrat texten').count()).toBe(1);
    for (const kind of ['call-script', 'email']) {
      const lint = page.locator(`#doc-${kind}-lint`);
      expect(await lint.locator('li').count(), `findings on the ${kind}`).toBe(0);
    }
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('downloads an .eml that a real mail parser reads back', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(site.url + letterPath('nl'));
    await answer(page, {
      reason: 'career',
      'applicant.name': 'Sanne de Vries',
      'applicant.email': 'sanne@example.nl',
      'recipient.company': 'Polderlicht BV',
      'recipient.name': 'Pieter Jansen',
      'recipient.email': 'p.jansen@example.com',
      position: 'projectleider',
      startDate: '2099-03-01',
    });
    await toStep(page, 'result');
    await expect.poll(() => previews(page).count()).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .eml' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);
    const path = await download.path();
    const mail = await simpleParser(await readFile(path));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null).toBe(
      'p.jansen@example.com',
    );
    expect(mail.from?.value[0]?.address).toBe('sanne@example.nl');
    expect(mail.subject).toBeTruthy();
    // It opens as a draft to send, not as a message received.
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toContain('Sanne de Vries');
    expect(mail.text).toContain(
      await previews(page)
        .first()
        .inputValue()
        .then((t) => t.split('\n')[0] ?? ''),
    );

    expect(lateRequests(log, site.url)).toEqual([]);
    await page.context().close();
  });

  it('copies a draft and prints the formal letter alone', async () => {
    const { page } = await openPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.url,
    });
    await page.goto(`${site.url}${letterPath('sv')}?channel=letter`);
    await answer(page, {
      reason: 'compensation',
      'applicant.name': 'Åsa Lindqvist',
      'recipient.company': 'Nordljus AB',
      position: 'projektledare',
      startDate: '2099-03-01',
    });
    await toStep(page, 'result');
    const letter = page.locator('#doc-letter-text');
    await expect.poll(() => letter.count()).toBe(1);

    await page
      .locator('#doc-letter-title ~ fieldset')
      .getByRole('button', { name: 'Kopiera' })
      .click();
    await expect.poll(() => page.getByText('Kopierat.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await letter.inputValue());

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Stegen"]').isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.locator('#doc-email-text').isVisible()).toBe(false);
    const printed = page.locator('#doc-letter-title ~ div[aria-hidden="true"]');
    expect(await printed.isVisible()).toBe(true);
    const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    // innerText, not textContent: the printed blocks are separate lines only as laid out.
    // biome-ignore lint/performance/useDomNodeTextContent: the layout's line breaks are the point
    expect(words(await printed.innerText())).toBe(words(await letter.inputValue()));
    await page.context().close();
  });

  it('shows markup typed into a field as text, never as markup', async () => {
    const { page, log } = await openPage(browser);
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(site.url + letterPath('sv'));
    await answer(page, {
      reason: 'personal',
      startDate: '2099-03-01',
      'applicant.name': payload,
      'recipient.company': payload,
      position: payload,
    });
    await toStep(page, 'you');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    // The name is refused with a message; the markup shows as typed in its field.
    expect(await page.inputValue('[name="applicant.name"]')).toBe(payload);
    await expect
      .poll(() => page.locator('[name="applicant.name"]').getAttribute('aria-invalid'))
      .toBe('true');

    // With a real name, the draft carries the company and position exactly as typed.
    await page.fill('[name="applicant.name"]', 'Åsa Lindqvist');
    await toStep(page, 'result');
    await expect.poll(() => previews(page).first().inputValue()).toContain('Åsa Lindqvist');
    expect(await previews(page).first().inputValue()).toContain(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(log.dialogs).toEqual([]);

    // Even a script that did reach the DOM would not run: the CSP pins the page's own scripts.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "yes"';
      document.body.append(script);
      return document.body.dataset.injected ?? null;
    });
    expect(ran).toBeNull();
    await page.context().close();
  });

  it('shows where the person stands as they answer the law’s questions, with its sources', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${site.url}${letterPath('sv')}?step=position`);
    expect(await shownOutcome(page)).toBeNull();
    // The law needs only the start date and its own answers: no name or employer yet.
    await page.fill('[name="startDate"]', '2099-03-01');
    await page.check('input[name="acceptance"][value="signed"]');
    await page.check('input[name="contractType"][value="permanent"]');
    await page.check('input[name="trialPeriod"][value="no"]');

    const notice = expectedPosition('sv', {
      acceptance: 'signed',
      contractType: 'permanent',
      trialPeriod: 'no',
    });
    expect(notice.outcome).toBe('notice-ends-before-start');
    await expect.poll(() => shownOutcome(page)).toBe('notice-ends-before-start');
    const lastDay = panel(page).locator(`time[datetime="${notice.lastDay}"]`);
    expect(await lastDay.textContent()).toBe(formatLongDate('sv', notice.lastDay ?? ''));
    expect(await panel(page).textContent()).toContain('Sista anställningsdag');

    // Every source is a link, named by its title.
    const links = panel(page).locator('a[href^="https://"]');
    expect(await links.count()).toBe(notice.sources.length);
    for (const [index, source] of notice.sources.entries()) {
      expect(await links.nth(index).getAttribute('href')).toBe(source.url);
      expect(await links.nth(index).textContent()).toBe(source.title);
    }
    expect(await panel(page).textContent()).toContain(
      'Det här är information, inte juridisk rådgivning.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // A longer notice from the contract moves the last day.
    await page.fill('[name="noticeMonths"]', '3');
    const longer = expectedPosition('sv', {
      acceptance: 'signed',
      contractType: 'permanent',
      trialPeriod: 'no',
      noticeMonths: 3,
    });
    await expect
      .poll(() => panel(page).locator(`time[datetime="${longer.lastDay}"]`).count())
      .toBe(1);

    // A trial period ends it at once; its length is asked only then.
    expect(await page.locator('[name="trialMonths"]').count()).toBe(0);
    await page.check('input[name="trialPeriod"][value="yes"]');
    await expect.poll(() => shownOutcome(page)).toBe('trial-period');
    expect(await page.locator('[name="trialMonths"]').count()).toBe(1);
    expect(await panel(page).textContent()).toContain('omedelbar verkan');
    expect(await axeViolations(page)).toEqual([]);

    // A fixed-term contract without an exit clause: only an agreement ends it.
    await page.check('input[name="trialPeriod"][value="no"]');
    await page.check('input[name="contractType"][value="fixed-term"]');
    await page.check('input[name="earlyTerminationClause"][value="no"]');
    await expect.poll(() => shownOutcome(page)).toBe('fixed-term');
    // What leaving anyway puts at stake, in core's words, under its own heading.
    const fixedTerm = expectedPosition('sv', {
      acceptance: 'signed',
      contractType: 'fixed-term',
      earlyTerminationClause: false,
      trialPeriod: 'no',
      noticeMonths: 3,
    });
    expect(fixedTerm.exposure).toBeTruthy();
    const stake = panel(page).locator('h3', { hasText: 'Vad som står på spel' });
    expect(await stake.locator('+ p').textContent()).toContain(fixedTerm.exposure);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('tells someone in the Netherlands who said yes in words, before pay and hours were agreed, that nothing binds them', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${site.url}${letterPath('nl')}?step=position`);
    await page.fill('[name="startDate"]', '2099-03-01');
    // Sweden's state-employer question is not asked in Dutch.
    expect(await page.locator('[name="stateEmployer"]').count()).toBe(0);
    await page.check('input[name="acceptance"][value="spoken"]');
    await page.check('input[name="essentialsAgreed"][value="no"]');
    await expect.poll(() => shownOutcome(page)).toBe('not-bound');
    expect(await panel(page).textContent()).toContain('Dit is informatie, geen juridisch advies.');
    // No notice, so no dates.
    expect(await panel(page).locator('time').count()).toBe(0);

    // A signature makes it a contract: notice with a last day, counted to the end of a month.
    await page.check('input[name="acceptance"][value="signed"]');
    expect(await page.locator('[name="essentialsAgreed"]').count()).toBe(0);
    await page.check('input[name="contractType"][value="permanent"]');
    await page.check('input[name="trialPeriod"][value="no"]');
    const notice = expectedPosition('nl', {
      acceptance: 'signed',
      contractType: 'permanent',
      trialPeriod: 'no',
    });
    await expect.poll(() => shownOutcome(page)).toBe(notice.outcome);
    expect(await panel(page).locator(`time[datetime="${notice.lastDay}"]`).textContent()).toBe(
      formatLongDate('nl', notice.lastDay ?? ''),
    );
    expect(await axeViolations(page)).toEqual([]);

    // Answers saved before the form asked how the person said yes still load.
    await page.evaluate(() =>
      localStorage.setItem(
        'rescind:letter:nl',
        JSON.stringify({ values: { startDate: '2099-03-01', contractSigned: true }, edits: {} }),
      ),
    );
    await page.reload();
    await expect.poll(() => page.isChecked('input[name="acceptance"][value="signed"]')).toBe(true);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a draft beside the questions from the first answer, through an invalid keystroke', async () => {
    const { page, log } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + letterPath('nl'));
    // Nothing answered yet: a draft with placeholders, and a note of what it waits for.
    await expect.poll(() => previews(page).count()).toBeGreaterThan(0);
    expect(await previews(page).first().isVisible()).toBe(true);
    expect(await previews(page).first().inputValue()).toContain('[je naam]');
    expect(await page.getByTestId('draft-pending').textContent()).toContain('Je naam');
    // Counter-offers are a possibility, not a fact; the label says so.
    expect(await page.getByText('De werkgever komt misschien met een tegenbod').count()).toBe(1);
    // A Dutch date as Dutch people write it.
    await answer(page, {
      reason: 'career',
      startDate: '4-1-2099',
      'applicant.name': 'Sanne de Vries',
      'recipient.company': 'Polderlicht BV',
      position: 'projectleider',
    });
    await expect.poll(() => page.getByTestId('draft-pending').count()).toBe(0);
    expect(await previews(page).first().inputValue()).toContain('4 januari 2099');
    // An invalid keystroke keeps the last good draft.
    await toStep(page, 'you');
    await page.locator('[name="applicant.name"]').press('End');
    await page.keyboard.type('<');
    await expect.poll(() => page.getByTestId('draft-pending').count()).toBe(1);
    expect(await previews(page).first().inputValue()).toContain('Sanne de Vries');
    expect(await previews(page).first().inputValue()).not.toContain('<');
    await page.locator('[name="applicant.name"]').press('Backspace');

    // After a call the name of the person spoken to is required, and the form says so.
    await answer(page, { channel: 'phone' });
    await toStep(page, 'employer');
    const nameLabel = page.locator('label[for="field-recipient-name"]');
    expect(await nameLabel.textContent()).not.toContain('optioneel');
    expect(await page.locator('[name="recipient.name"]').getAttribute('required')).not.toBeNull();

    // The subject can be edited; Copy copies it with the body; a later answer warns.
    await answer(page, { channel: 'email' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.url,
    });
    const subject = page.locator('#doc-email-subject');
    await subject.fill('Mijn acceptatie');
    await page
      .locator('#doc-email-title ~ fieldset')
      .getByRole('button', { name: 'Kopiëren' })
      .click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('Onderwerp: Mijn acceptatie\n\n')).toBe(true);
    expect(copied).toContain(await previews(page).first().inputValue());
    await answer(page, { position: 'teamleider' });
    await expect.poll(() => page.getByText('Je hebt je antwoorden veranderd').count()).toBe(1);
    expect(await subject.inputValue()).toBe('Mijn acceptatie');
    expect(await previews(page).first().inputValue()).toContain('projectleider');
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('shows beside the greeting name the greeting the letter writes, as it changes', async () => {
    const { page } = await openPage(browser);
    await page.goto(site.url + letterPath('nl'));
    // A Dutch formal greeting whose surname core cannot be sure of: the form asks for it.
    await answer(page, {
      'recipient.company': 'Polderlicht BV',
      'recipient.name': 'Maria Garcia Lopez',
    });
    const field = page.locator('[name="recipient.greetingName"]');
    await expect.poll(() => field.count()).toBe(1);
    const live = page.locator('#field-recipient-greetingName-live');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(
      'field-recipient-greetingName-live',
    );
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent()).toBe('In de aanhef: Geachte Maria Garcia Lopez,');
    await field.fill('mevrouw Garcia Lopez');
    await expect.poll(() => live.textContent()).toBe('In de aanhef: Geachte mevrouw Garcia Lopez,');
    await page.context().close();
  });

  it('on a phone shows the questions alone and the drafts as the result', async () => {
    const { page } = await openPage(browser, { viewport: { width: 375, height: 812 } });
    await page.goto(site.url + letterPath('sv'));
    expect(await page.locator('[name="reason"]').first().isVisible()).toBe(true);
    // Answered or not, a question page on a phone shows no draft.
    await answer(page, { reason: 'career' });
    expect(await previews(page).first().isVisible()).toBe(false);
    await toStep(page, 'result');
    await expect.poll(() => previews(page).first().isVisible()).toBe(true);
    await page.context().close();
  });

  it.each([
    ['sv', '14 december 2099'],
    ['nl', '14-12-2099'],
  ] as const)(
    'on a 375 × 812 phone, the %s start date asks for a keyboard with letters and reads "%s"',
    async (locale, typed) => {
      const { page, log } = await openPage(browser, {
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(`${site.url}${letterPath(locale)}?step=position`);
      const field = page.locator('[name="startDate"]');
      await expect.poll(() => field.count()).toBe(1);
      // People write month names too ("14 december 2026"): a keyboard with letters, not a number
      // pad (inputmode numeric) or the browser's date picker (type date), which would refuse them.
      expect(await field.getAttribute('type')).toBe('text');
      expect((await field.getAttribute('inputmode')) ?? 'text').toBe('text');
      await typeInto(page, 'startDate', typed);
      // The field is on screen while it is typed in, and nothing on the page is wider than it.
      await expect.poll(() => inView(page, '[name="startDate"]', 812)).toBe(true);
      const box = await field.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      expect(await field.getAttribute('aria-invalid')).toBeNull();
      await answer(page, {
        reason: 'career',
        'applicant.name': locale === 'sv' ? 'Åsa Lindqvist' : 'Sanne de Vries',
        'recipient.company': locale === 'sv' ? 'Nordljus AB' : 'Polderlicht BV',
        position: locale === 'sv' ? 'projektledare' : 'projectleider',
      });
      await toStep(page, 'result');
      // The draft has the date in the long form, as core writes it.
      await expect
        .poll(() => previews(page).first().inputValue())
        .toContain(formatLongDate(locale, '2099-12-14'));
      expect(log.errors).toEqual([]);
      await page.context().close();
    },
  );

  it('warns next to Print when a posted letter has no addresses, and still prints', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}${letterPath('sv')}?channel=letter&step=employer`);
    // Swedish greetings never use a salutation: the form does not ask.
    await expect.poll(() => page.locator('[name="recipient.company"]').count()).toBe(1);
    expect(await page.locator('[name="recipient.salutation"]').count()).toBe(0);
    await toStep(page, 'result');
    const warning = page.locator('#doc-letter-print-warning');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.textContent()).toContain('Din adress saknas');
    expect(await page.getByRole('button', { name: 'Skriv ut ändå' }).count()).toBe(1);
    await answer(page, {
      'applicant.address': 'Storgatan 1\n111 22 Stockholm',
      'recipient.address': 'Box 12\n222 33 Lund',
    });
    await toStep(page, 'result');
    await expect.poll(() => warning.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skriv ut brevet' }).count()).toBe(1);
    await page.context().close();
  });

  it.each([
    [
      'sv',
      {
        'applicant.name': 'Åsa Lindqvist',
        'applicant.address': 'Storgatan 1\n111 22 Stockholm',
        'recipient.company': 'Nordljus AB',
        'recipient.name': 'Karin Holm',
        'recipient.title': 'HR-chef',
        'recipient.address': 'Box 12\n222 33 Lund',
        position: 'projektledare',
        place: 'Stockholm',
      },
      { recipient: ['Nordljus', '222', 'Lund'], sender: ['111', 'Stockholm'] },
    ],
    [
      'nl',
      {
        'applicant.name': 'Sanne de Vries',
        'applicant.address': 'Oudegracht 12\n3511 AB Utrecht',
        'recipient.company': 'Polderlicht BV',
        'recipient.name': 'Pieter Jansen',
        'recipient.salutation': 'mr',
        'recipient.address': 'Postbus 123\n1000 AB Amsterdam',
        position: 'projectleider',
        place: 'Utrecht',
      },
      { recipient: ['Polderlicht', '1000', 'Amsterdam'], sender: ['3511', 'Oudegracht'] },
    ],
  ] as const)(
    'prints the %s letter on one A4 page with the recipient in the envelope window',
    async (locale, values, words) => {
      const { page } = await openPage(browser);
      await page.goto(`${site.url}${letterPath(locale)}?channel=letter`);
      await answer(page, { reason: 'career', startDate: '2099-03-01', ...values });
      await toStep(page, 'result');
      await expect.poll(() => page.locator('#doc-letter-text').count()).toBe(1);
      const dir = await mkdtemp(join(tmpdir(), 'rescind-print-'));
      const printed = join(dir, 'printed.pdf');
      await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: false });
      // The PDF download lays the letter out the same way, with its font embedded.
      const save = async (name: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page
            .locator('#doc-letter-title ~ fieldset')
            .getByRole('button', { name, exact: true })
            .click(),
        ]);
        return file;
      };
      const downloaded = await save(locale === 'sv' ? 'Ladda ner .pdf' : 'Download .pdf');
      expect(downloaded.suggestedFilename()).toMatch(/\.pdf$/);
      const pdfs = [printed, (await downloaded.path()) ?? ''];
      const fonts = execFileSync('pdffonts', [pdfs[1] ?? ''], { encoding: 'utf8' });
      expect(fonts).toMatch(/NotoSerif\S*\s+CID TrueType\s+Identity-H\s+yes/);
      // The Word file carries the letter, the recipient in a frame of its own.
      const word = await save(locale === 'sv' ? 'Ladda ner .docx' : 'Download .docx');
      expect(word.suggestedFilename()).toMatch(/\.docx$/);
      const xml = execFileSync('unzip', ['-p', (await word.path()) ?? '', 'word/document.xml'], {
        encoding: 'utf8',
      });
      expect(xml).toContain(values['recipient.company']);
      expect(xml).toContain('w:framePr');
      for (const pdf of pdfs) {
        // Never a blank page: a letter of this length fits on one.
        expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
        const boxes = [
          ...execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
          ),
        ].map(([, x0, y0, x1, y1, text]) => ({
          text: text ?? '',
          // Points to millimetres from the sheet's top-left corner.
          x0: (Number(x0) * 25.4) / 72,
          y0: (Number(y0) * 25.4) / 72,
          x1: (Number(x1) * 25.4) / 72,
          y1: (Number(y1) * 25.4) / 72,
        }));
        const layout = letterLayout[locale];
        const first = (text: string) => {
          const box = boxes.find((each) => each.text === text);
          expect(box, `"${text}" printed`).toBeDefined();
          return box ?? { text, x0: 0, y0: 0, x1: 0, y1: 0 };
        };
        // The whole window these figures were taken from: the address inside it, 2 mm clear.
        for (const text of words.recipient) {
          const box = first(text);
          expect(box.y0, text).toBeGreaterThanOrEqual(layout.recipientTop - 1);
          expect(box.y1, text).toBeLessThanOrEqual(locale === 'sv' ? 70 : 93);
          expect(box.x0, text).toBeGreaterThanOrEqual(layout.recipientLeft - 1);
          expect(box.x1, text).toBeLessThanOrEqual(locale === 'sv' ? 110 : 110);
        }
        // The sender's address stays above every window.
        for (const text of words.sender) {
          expect(first(text).y1, text).toBeLessThan(layout.windowTop);
        }
        // The date is outside the window: right of it in Sweden, below it in the Netherlands.
        const year = boxes.find((each) => /^\d{4}-\d{2}-\d{2}$|^2026$/.test(each.text));
        expect(year).toBeDefined();
        if (year && locale === 'sv') expect(year.x0).toBeGreaterThanOrEqual(120);
        if (year && locale === 'nl') expect(year.y0).toBeGreaterThanOrEqual(layout.windowBottom);
      }
      await page.context().close();
    },
  );

  it('downloads a PDF that gives back a name in Latin Extended letters and typographic punctuation', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${site.url}${letterPath('sv')}?channel=letter`);
    const name = 'Łukasz Żółć-Şahin';
    const position = 'projektledare – ’Ljus…’';
    await answer(page, {
      reason: 'career',
      startDate: '2099-03-01',
      'applicant.name': name,
      'applicant.address': 'Storgatan 1\n111 22 Stockholm',
      'recipient.company': 'Nordljus AB',
      'recipient.address': 'Box 12\n222 33 Lund',
      position,
    });
    await toStep(page, 'result');
    await expect.poll(() => page.locator('#doc-letter-text').count()).toBe(1);
    expect(await page.locator('#doc-letter-text').inputValue()).toContain(position);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('#doc-letter-title ~ fieldset')
        .getByRole('button', { name: 'Ladda ner .pdf', exact: true })
        .click(),
    ]);
    const pdf = (await download.path()) ?? '';
    // One font, embedded: nothing falls back to a viewer's own fonts.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/NotoSerif\S*\s+CID TrueType\s+Identity-H\s+yes/);
    // A character the font lacks would come back as nothing: each one here has its glyph.
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const text = words(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain(name);
    expect(text).toContain(position);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('makes no PDF with empty boxes for a name in another script, and sends the person to Print', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${site.url}${letterPath('nl')}?channel=letter`);
    await answer(page, {
      reason: 'career',
      startDate: '1-3-2099',
      'applicant.name': 'Дмитрий Иванов',
      'applicant.address': 'Dorpsstraat 1\n1234 AB Utrecht',
      'recipient.company': 'Polderlicht BV',
      'recipient.address': 'Postbus 12\n3500 AA Utrecht',
      position: 'projectleider',
    });
    await toStep(page, 'result');
    await expect.poll(() => page.locator('#doc-letter-text').count()).toBe(1);
    let downloads = 0;
    page.on('download', () => {
      downloads++;
    });
    await page
      .locator('#doc-letter-title ~ fieldset')
      .getByRole('button', { name: 'Download .pdf', exact: true })
      .click();
    const status = page.locator('[role="status"]').filter({ hasText: 'pdf-bestand' });
    await expect.poll(() => status.first().textContent()).toContain('‘Д’');
    const said = (await status.first().textContent()) ?? '';
    expect(said).toBe(getLetterDictionary('nl').actions.pdfCannotShow('ДмитрйИвано'));
    expect(downloads).toBe(0);
    // The Word file has no font of its own to lack: it still downloads.
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('#doc-letter-title ~ fieldset')
        .getByRole('button', { name: 'Download .docx', exact: true })
        .click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['phone', 'call-script'],
    ['meeting', 'meeting-notes'],
  ] as const)('prints the %s document on one page', async (channel, kind) => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}${letterPath('nl')}?channel=${channel}`);
    await answer(page, {
      reason: 'personal',
      startDate: '2099-03-01',
      'applicant.name': 'Sanne de Vries',
      'recipient.company': 'Polderlicht BV',
      'recipient.name': 'Pieter Jansen',
      position: 'projectleider',
    });
    await toStep(page, 'result');
    await expect.poll(() => page.locator(`#doc-${kind}-text`).count()).toBe(1);
    expect(
      await page
        .locator(`#doc-${kind}-title ~ fieldset`)
        .getByRole('button', { name: 'Afdrukken' })
        .count(),
    ).toBe(1);
    const dir = await mkdtemp(join(tmpdir(), 'rescind-print-'));
    const pdf = join(dir, `${kind}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const printed = words(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    const lines = (await page.locator(`#doc-${kind}-text`).inputValue()).split('\n');
    // The whole document, first line to last.
    expect(printed).toContain(words(lines[0] ?? ''));
    expect(printed).toContain(words(lines.filter(Boolean).at(-1) ?? ''));
    await page.context().close();
  });

  it.each(['sv', 'nl'] as const)(
    'links the %s guide’s step on the contract to the panel',
    async (locale) => {
      const { page } = await openPage(browser);
      await page.goto(site.url + guidePath(locale));
      const link = page.locator(`li:has(> h3#step-contract) a[href="${positionPath(locale)}"]`);
      expect(await link.count()).toBe(1);
      await link.click();
      await expect.poll(() => page.url()).toContain(positionPath(locale));
      await expect.poll(() => panel(page).isVisible()).toBe(true);
      expect(await panel(page).getAttribute('aria-labelledby')).toBe('position-title');
      await page.context().close();
    },
  );
});
