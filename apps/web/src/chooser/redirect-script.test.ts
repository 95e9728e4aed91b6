import { describe, expect, it } from 'vitest';
import { redirectScript } from './redirect-script.ts';

/** Runs the inline script against a browser that prefers `languages`; returns where it went. */
function run(languages: string[]): string | null {
  let target: string | null = null;
  const navigator = { languages, language: languages[0] ?? '' };
  const location = {
    replace: (url: string) => {
      target = url;
    },
  };
  new Function('navigator', 'location', redirectScript)(navigator, location);
  return target;
}

describe('the language chooser’s redirect', () => {
  it('sends a browser that prefers Swedish or Dutch to that guide', () => {
    expect(run(['sv-SE', 'en'])).toBe('/sv/');
    expect(run(['nl-BE'])).toBe('/nl/');
  });

  it('follows the first of the two in the browser’s own order', () => {
    expect(run(['en-GB', 'nl', 'sv'])).toBe('/nl/');
  });

  it('leaves everyone else on the chooser', () => {
    expect(run(['en-US', 'de'])).toBeNull();
    expect(run([])).toBeNull();
  });
});
