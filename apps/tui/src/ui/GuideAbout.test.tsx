import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../text/wrap.ts';
import { keys, renderApp } from './test-kit.tsx';

afterEach(cleanup);

const rows = (screen: string) => screen.split('\n');

describe('the guide’s “about” screen', () => {
  it.each([
    ['sv', 'Om guiden', 'Original:', 'Redigerat:', 'rad'],
    ['nl', 'Over deze gids', 'Origineel:', 'Bewerkt:', 'regel'],
  ] as const)(
    'in %s opens from the list of parts and scrolls at 40×12',
    async (locale, title, original, edited, line) => {
      const app = renderApp({ locale, columns: 40, rows: 12 });
      // Home → the guide's list of parts; ↑ wraps to its last entry.
      await app.press(keys.enter);
      expect(app.screen()).toContain(title);
      await app.press(keys.up, keys.enter);
      const fits = () => {
        for (const row of rows(app.screen())) expect(displayWidth(row)).toBeLessThanOrEqual(40);
        expect(rows(app.screen()).length).toBeLessThanOrEqual(12);
      };
      fits();
      expect(rows(app.screen())[0]).toContain(title);
      expect(app.screen()).toMatch(new RegExp(`${line} 1–\\d+ av|${line} 1–\\d+ van`));
      // Past the introduction to the first changes: each wording after its label.
      await app.press(keys.pageDown, keys.pageDown, keys.pageDown);
      fits();
      const screen = app.screen();
      expect(screen.includes(original) || screen.includes(edited)).toBe(true);
      await app.press(keys.escape);
      expect(app.screen()).toContain(title);
    },
  );
});
