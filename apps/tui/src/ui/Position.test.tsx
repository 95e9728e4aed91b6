import { getFormVocabulary } from '@rescind/core/vocabulary';
import { cleanup } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { displayWidth } from '../text/wrap.ts';
import { keys, renderApp, swedishAnswers } from './test-kit.tsx';

afterEach(cleanup);
beforeAll(loadEngine);

/** A signed permanent contract without a trial period: notice runs past the start date. */
const bound = {
  ...swedishAnswers,
  contractSigned: undefined,
  acceptance: 'signed',
  contractType: 'permanent',
  trialPeriod: 'no',
};

/** The screen's text with line breaks as spaces: what it says, however it is wrapped. */
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

function fits(screen: string, columns: number, rows: number): void {
  const lines = screen.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
}

describe('where you stand', () => {
  it('opens from the review at 40×12: the outcome, the last day, the sources and the disclaimer', async () => {
    const app = renderApp({
      locale: 'sv',
      columns: 40,
      rows: 12,
      resumed: { answers: bound, notice: () => '' },
    });
    expect(app.screen()).toContain('w lagen');
    await app.press('w');
    const top = app.screen();
    fits(top, 40, 12);
    expect(top).toContain('Så ligger det till juridiskt');
    expect(flat(top)).toContain(
      'Säger du upp avtalet nu går uppsägningstiden ut först efter startdatumet.',
    );
    expect(top).toContain('Beskedet når arbetsgivaren: 21 november');
    expect(top).toContain('Sista anställningsdag: 21 december 2026');
    await app.press('G');
    const bottom = app.screen();
    fits(bottom, 40, 12);
    expect(flat(bottom)).toContain('Det här är information, inte juridisk rådgivning.');
    expect(bottom).toContain('https://www.ka.se/');
    await app.press(keys.escape);
    expect(app.screen()).toContain('Granska dina svar');
  });

  it('opens from the preview in Dutch and goes back there', async () => {
    const app = renderApp({
      locale: 'nl',
      resumed: {
        answers: { ...bound, locale: 'nl', recipient: { company: 'Acme BV', name: 'Eva Berg' } },
        notice: () => '',
      },
    });
    await app.press(keys.up, keys.enter, '?');
    // The help of the preview names the key.
    expect(app.screen()).toMatch(/^w +zo sta je er juridisch voor$/m);
    await app.press(keys.escape, 'w');
    const screen = app.screen();
    fits(screen, 80, 24);
    expect(screen).toContain('Zo sta je er juridisch voor');
    expect(screen).toContain('Laatste dag van de arbeidsovereenkomst: 31 december 2026');
    expect(flat(screen)).toContain('dan loopt je opzegtermijn door tot na je startdatum.');
    await app.press(keys.escape);
    expect(app.screen()).toContain('Voorbeeld');
  });

  it('sends the person to an answer to fix instead of assessing invalid answers', async () => {
    const app = renderApp({
      locale: 'sv',
      resumed: { answers: { ...bound, position: '' }, notice: () => '' },
    });
    await app.press('w');
    expect(app.screen().split('\n')).toContain(getFormVocabulary('sv').fields.position.label);
  });
});
