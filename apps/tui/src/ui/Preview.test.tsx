import { getFormVocabulary } from '@rescind/core/vocabulary';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine.ts';
import { visibleFields } from '../state/fields.ts';
import { currentField, startWizard, wizardReducer } from '../state/wizard.ts';
import { FakeEffects, keys, renderApp, swedishAnswers } from './test-kit.tsx';

beforeAll(loadEngine);

const form = getFormVocabulary('sv');

const ctrlU = '\u0015';
const resumed = (answers: Record<string, unknown>) => ({ answers, notice: () => '' });

describe('the e-mail’s subject', () => {
  it('is shown above the e-mail, editable with e, and saved with it', async () => {
    const effects = new FakeEffects();
    const app = renderApp({ locale: 'sv', resumed: resumed(swedishAnswers), effects, rows: 40 });
    await app.press(keys.up, keys.enter);
    expect(app.screen()).toMatch(/^Ämne: \S/m);
    await app.press('e');
    expect(app.screen()).toMatch(/Ämnesrad: \S/);
    await app.press(ctrlU, 'Jag tackar nej till tjänsten', keys.enter);
    expect(app.screen()).toMatch(/^Ämne: Jag tackar nej till tjänsten$/m);
    await app.press('s', ctrlU, 'mejl.txt', keys.enter);
    await app.waitFor('Sparade mejl.txt');
    expect(effects.files.get('mejl.txt')).toMatch(/^Ämne: Jag tackar nej till tjänsten\n\n/);
  });
});

describe('a posted letter without postal addresses', () => {
  const letter = { ...swedishAnswers, channel: 'letter' };

  it('asks before saving with the placeholders in it, and saves once told yes', async () => {
    const effects = new FakeEffects();
    const app = renderApp({ locale: 'sv', resumed: resumed(letter), effects, rows: 40 });
    await app.press(keys.up, keys.enter);
    await app.waitFor('Förhandsgranskning');
    await app.press('s');
    expect(app.screen()).toContain('Brevet saknar både din och mottagarens postadress');
    await app.press('n');
    expect(app.screen()).not.toContain('Spara som');
    await app.press('s', 'j');
    expect(app.screen()).toMatch(/Spara som \(\.txt, \.md eller \.eml\): /);
    await app.press(ctrlU, 'brev.txt', keys.enter);
    await app.waitFor('Sparade brev.txt');
    expect(effects.files.get('brev.txt')).toContain('[');
  });

  it('is asked for both addresses by the wizard', () => {
    const paths = visibleFields({ channel: 'letter' }, 'sv').map((field) => field.path);
    expect(paths).toContain('applicant.address');
    expect(paths).toContain('recipient.address');
    expect(visibleFields({ channel: 'email' }, 'sv').map((field) => field.path)).not.toContain(
      'applicant.address',
    );
  });
});

describe('a call or a meeting', () => {
  it('will not go on without the name', () => {
    const wizard = startWizard('sv', { channel: 'phone', formality: 'formal' });
    const opened = wizardReducer(wizard, {
      type: 'open',
      path: 'recipient.name',
      fromReview: false,
    });
    const submitted = wizardReducer(opened, { type: 'submit' });
    expect(submitted.issues.length).toBeGreaterThan(0);
    expect(currentField(submitted)?.path).toBe('recipient.name');
  });

  it.each(['phone', 'meeting'])('asks whom you speak to, not as optional (%s)', (channel) => {
    const recipient = visibleFields({ channel }, 'nl').find(
      (field) => field.path === 'recipient.name',
    );
    expect(recipient).toMatchObject({ optional: false });
    const written = visibleFields({ channel: 'email' }, 'nl').find(
      (field) => field.path === 'recipient.name',
    );
    expect(written).toMatchObject({ optional: true });
  });
});

describe('keys that arrive together', () => {
  it('types a pasted answer and takes its line break as Enter', async () => {
    const app = renderApp({ locale: 'sv' });
    await app.press(keys.down, keys.enter, keys.enter, keys.enter);
    await app.waitFor(form.fields['applicant.name'].label);
    await app.press('Anna Qvist\r');
    const email = form.fields['applicant.email'].label;
    expect(await app.waitFor(email)).toContain(email);
    await app.press(keys.escape);
    expect(app.screen()).toMatch(/^> Anna Qvist$/m);
  });

  it('moves ten times for ten j in one write', async () => {
    const app = renderApp({ locale: 'nl', rows: 12, columns: 40 });
    await app.press(keys.enter, keys.enter);
    await app.waitFor(/regel 1–/);
    await app.press('jjjjjjjjjj');
    expect(app.screen()).toMatch(/regel 11–/);
  });
});
