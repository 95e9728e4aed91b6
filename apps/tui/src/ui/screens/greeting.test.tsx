import { getFormVocabulary } from '@rescind/core/vocabulary';
import { cleanup } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../engine.ts';
import { uiMessages } from '../../i18n/messages.ts';
import { keys, renderApp, swedishAnswers } from '../test-kit.tsx';

afterEach(cleanup);
beforeAll(loadEngine);

const ctrlU = '\u0015';

/** As a screen shows it, wrapped lines joined again. */
const flowing = (text: string) => text.replace(/\s+/g, ' ');

const dutch = {
  ...swedishAnswers,
  locale: 'nl',
  recipient: {
    company: 'Acme BV',
    name: 'Maria Garcia Lopez',
    salutation: 'ms',
    email: 'maria@acme.nl',
  },
};

/** Opens the review line whose label is core's label for `path`. */
async function openOnReview(app: ReturnType<typeof renderApp>, label: string) {
  const lines = app.screen().split('\n');
  const index = lines.findIndex((line) => line.includes(`${label}:`));
  // The review lists the answers under one line of introduction, the cursor on the first.
  await app.press(...Array.from({ length: index - 2 }, () => keys.down), keys.enter);
}

describe('the greeting, shown where the recipient’s name is asked', () => {
  const { wizard } = uiMessages.nl;
  const form = getFormVocabulary('nl').fields;

  it('shows what core makes of a name, and the greeting name that puts it right, as typed', async () => {
    const app = renderApp({ locale: 'nl', resumed: { answers: dutch, notice: () => '' } });
    await openOnReview(app, form['recipient.name'].label);
    expect(app.screen().split('\n')).toContain(form['recipient.name'].label);
    // A name core cannot split for sure: it takes the last word for the surname.
    expect(flowing(app.screen())).toContain(wizard.greeting('Geachte mevrouw Lopez,'));
    await app.press(ctrlU, 'Pieter de Boer');
    expect(flowing(app.screen())).toContain(wizard.greeting('Geachte mevrouw De Boer,'));
  });

  it('writes the letter with the greeting it showed', async () => {
    const app = renderApp({
      locale: 'nl',
      rows: 40,
      resumed: { answers: dutch, notice: () => '' },
    });
    await openOnReview(app, form['recipient.greetingName'].label);
    await app.press('Garcia Lopez');
    expect(flowing(app.screen())).toContain(wizard.greeting('Geachte mevrouw Garcia Lopez,'));
    await app.press(keys.enter);
    const review = (await app.waitFor(uiMessages.nl.review.create)).split('\n');
    const cursor = review.findIndex((line) => line.startsWith('›'));
    const create = review.findIndex((line) => line.includes(uiMessages.nl.review.create));
    await app.press(...Array.from({ length: create - cursor }, () => keys.down), keys.enter);
    expect(await app.waitFor(uiMessages.nl.preview.title)).toMatch(
      /^Geachte mevrouw Garcia Lopez,$/m,
    );
  });

  it('follows the salutation as it is highlighted', async () => {
    const app = renderApp({ locale: 'nl', resumed: { answers: dutch, notice: () => '' } });
    await openOnReview(app, form['recipient.salutation'].label);
    expect(flowing(app.screen())).toContain(wizard.greeting('Geachte mevrouw Lopez,'));
    await app.press(keys.up);
    expect(flowing(app.screen())).toContain(wizard.greeting('Geachte heer Lopez,'));
  });

  it('says so when a formal Swedish letter to no one by name opens with no greeting', async () => {
    const letter = {
      ...swedishAnswers,
      channel: 'letter',
      recipient: { company: 'Acme AB' },
    };
    const app = renderApp({ locale: 'sv', resumed: { answers: letter, notice: () => '' } });
    await openOnReview(app, getFormVocabulary('sv').fields['recipient.name'].label);
    expect(flowing(app.screen())).toContain(uiMessages.sv.wizard.noGreeting);
    await app.press('Eva Berg');
    expect(flowing(app.screen())).toContain(uiMessages.sv.wizard.greeting('Hej Eva Berg'));
  });
});
