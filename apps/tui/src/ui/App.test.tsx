import { getFormVocabulary } from '@rescind/core/vocabulary';
import { cleanup } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { uiMessages } from '../i18n/messages.ts';
import { displayWidth } from '../text/wrap.ts';
import { FakeEffects, keys, renderApp, swedishAnswers } from './test-kit.tsx';

afterEach(cleanup);

const resumedSv = { answers: swedishAnswers, notice: () => 'Svaren från svar.json är inlästa.' };

function lines(screen: string): string[] {
  return screen.split('\n');
}

beforeAll(loadEngine);

describe('the interactive app', () => {
  it('asks for the language in both when none is known, then speaks the one chosen', async () => {
    const app = renderApp({});
    expect(app.screen()).toContain('Välj språk · Kies een taal');
    await app.press(keys.down, keys.enter);
    expect(app.screen()).toContain('De gids lezen');
    expect(app.screen()).toContain('Een brief schrijven');
  });

  it('fits 40×12 and redraws when the terminal is resized', async () => {
    const app = renderApp({ locale: 'sv', columns: 40, rows: 12 });
    await app.press(keys.enter);
    for (const line of lines(app.screen())) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(lines(app.screen()).length).toBeLessThanOrEqual(12);
    await app.resize(100, 30);
    await app.press(keys.down, keys.down, keys.down, keys.down, keys.enter);
    expect(app.screen()).toContain('Telefonsamtal  nej');
  });

  it('compares the channels in a table when wide and in a list when narrow', async () => {
    const app = renderApp({ locale: 'nl', columns: 50, rows: 40 });
    await app.press(keys.enter, keys.down, keys.down, keys.down, keys.down, keys.enter);
    expect(app.screen()).toContain('Schriftelijk: nee');
    await app.resize(90, 40);
    expect(app.screen()).toMatch(/Kanaal\s+Schriftelijk\s+Komt aan/);
  });

  it('numbers the steps and scrolls them with PgDn and j', async () => {
    const app = renderApp({ locale: 'sv', columns: 60, rows: 12 });
    await app.press(keys.enter, keys.down, keys.down, keys.enter);
    expect(app.screen()).toMatch(/^1\. /m);
    await app.press(keys.pageDown, 'j');
    expect(app.screen()).toMatch(/rad 10–18 av \d+/);
  });

  it('shows core’s message under a wrong date, in Dutch, and keeps the text after Esc', async () => {
    const app = renderApp({
      locale: 'nl',
      resumed: { answers: { ...swedishAnswers, locale: 'nl' }, notice: () => '' },
    });
    const { label } = getFormVocabulary('nl').fields.startDate;
    const start = lines(app.screen()).findIndex((line) => line.includes(`${label}:`));
    await app.press(...Array.from({ length: start - 2 }, () => keys.down), keys.enter);
    expect(lines(app.screen())).toContain(label);
    await app.press(
      ...Array.from({ length: 10 }, () => keys.backspace),
      'eind januari',
      keys.enter,
    );
    expect(app.screen()).toMatch(/moet een datum zijn, bijvoorbeeld 14-12-2026/);
    expect(app.screen()).toContain('> eind januari');
    await app.press(keys.escape);
    expect(app.screen()).toContain(`${label}: eind januari`);
  });

  it('takes a date as it is written in Dutch, and shows it on the review as a date', async () => {
    const app = renderApp({
      locale: 'nl',
      resumed: { answers: { ...swedishAnswers, locale: 'nl' }, notice: () => '' },
    });
    const { label, hint } = getFormVocabulary('nl').fields.startDate;
    const start = lines(app.screen()).findIndex((line) => line.includes(`${label}:`));
    await app.press(...Array.from({ length: start - 2 }, () => keys.down), keys.enter);
    // Core's hint names the forms it reads.
    expect(app.screen().replace(/\s+/g, ' ')).toContain(hint);
    await app.press(...Array.from({ length: 10 }, () => keys.backspace), '4-1-2027', keys.enter);
    expect(app.screen()).toContain(`${label}: 2027-01-04`);
  });

  it('opens the help on a question with why it is asked, when 40×12 has no room for it', async () => {
    const app = renderApp({
      locale: 'sv',
      columns: 40,
      rows: 12,
      resumed: { answers: swedishAnswers, notice: () => '' },
    });
    const { label, why } = getFormVocabulary('sv').fields.contractType;
    // The review scrolls at 40×12: move down until the question is highlighted.
    for (let step = 0; step < 30 && !app.screen().includes(`› ${label}`); step += 1) {
      await app.press(keys.down);
    }
    await app.press(keys.enter);
    expect(lines(app.screen())).toContain(label);
    const flowing = (text: string) => text.replace(/\s+/g, ' ');
    const reason = `${uiMessages.sv.wizard.why} ${why}`;
    expect(flowing(app.screen())).not.toContain(reason);
    await app.press('?');
    expect(flowing(app.screen())).toContain(reason);
    for (const line of lines(app.screen())) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('types q and ? into a text field instead of quitting or opening help', async () => {
    const app = renderApp({ locale: 'sv' });
    await app.press(keys.down, keys.enter, keys.enter, keys.enter, 'q?');
    expect(app.screen()).toContain('> q?');
    expect(app.quitState()).toBeUndefined();
    await app.press(keys.ctrlC);
    expect(app.quitState()).toBeDefined();
  });

  it('shows help with ? and quits with q outside a text field', async () => {
    const app = renderApp({ locale: 'nl' });
    await app.press('?');
    expect(app.screen()).toMatch(/^Ctrl-C +meteen afsluiten, waar je ook bent$/m);
    await app.press('x', 'q');
    expect(app.quitState()?.quit).toBe(true);
  });

  it('previews the documents with advice and findings, and saves without overwriting unasked', async () => {
    const effects = new FakeEffects();
    effects.files.set('brev.txt', 'old');
    const app = renderApp({ locale: 'sv', resumed: resumedSv, effects, rows: 60 });
    await app.press(keys.up, keys.enter);
    expect(app.screen()).toContain('Förhandsgranskning');
    expect(app.screen()).toContain('Anna Svensson');
    expect(app.screen()).toContain('Råd från guiden');
    expect(app.screen()).toContain('Granskning');
    await app.press('s');
    expect(app.screen()).toMatch(/Spara som \(\.txt, \.md eller \.eml\): \S+\.txt/);
    await app.press(...Array.from({ length: 80 }, () => keys.backspace), 'brev.txt', keys.enter);
    expect(await app.waitFor('brev.txt finns redan')).toContain(
      'brev.txt finns redan. Skriva över? (j/n)',
    );
    await app.press('n');
    expect(effects.files.get('brev.txt')).toBe('old');
    // Ctrl-U typed in the same burst as the new name (fast typing, a script) still clears first.
    await app.press('s');
    await app.press('\u0015brev.md');
    expect(app.screen()).toMatch(/Spara som \(\.txt, \.md eller \.eml\): brev\.md$/m);
    await app.press(keys.escape);
    await app.press(
      's',
      ...Array.from({ length: 80 }, () => keys.backspace),
      'brev.txt',
      keys.enter,
    );
    await app.waitFor('Skriva över?');
    await app.press('j');
    expect(await app.waitFor('Sparade brev.txt')).toContain('Sparade brev.txt');
    expect(effects.files.get('brev.txt')).toContain('Anna Svensson');
  });

  it('says plainly when there is no clipboard', async () => {
    const app = renderApp({ locale: 'sv', resumed: resumedSv, effects: new FakeEffects(false) });
    await app.press(keys.up, keys.enter, 'c');
    expect(await app.waitFor('urklipp')).toContain('Det finns inget urklipp här');
  });

  it('saves the answers so they can be resumed', async () => {
    const effects = new FakeEffects();
    const app = renderApp({ locale: 'sv', resumed: resumedSv, effects });
    await app.press(keys.up, keys.enter, 'a', keys.enter);
    expect(await app.waitFor('rescind-svar.json.')).toMatch(
      /rescind --resume\s+rescind-svar\.json/,
    );
    const saved = JSON.parse(effects.files.get('rescind-svar.json') ?? '{}');
    expect(saved).toMatchObject({
      locale: 'sv',
      channel: 'email',
      applicant: { name: 'Anna Svensson' },
    });
  });

  it('checks a letter from a file and lists the findings by line', async () => {
    const effects = new FakeEffects();
    effects.files.set('utkast.txt', 'Hej!\n\nJag vill inte börja hos er.\n\nmvh Anna\n');
    const app = renderApp({ locale: 'sv', effects });
    await app.press(keys.down, keys.down, keys.enter, 'utkast.txt', keys.enter);
    expect(await app.waitFor(/\d+ anmärkning/)).toMatch(/\d+ anmärkning/);
    expect(app.screen()).toMatch(/^\d+:\d+ (Viktigt|Tänk på|Tips): /m);
  });
});
