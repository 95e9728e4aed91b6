import { type Locale, locales } from '@rescind/core';
import { type FormVocabulary, getFormVocabulary } from '@rescind/core/vocabulary';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../engine.ts';
import { uiMessages } from '../../i18n/messages.ts';
import { allFields, visibleFields } from '../../state/fields.ts';
import { startWizard, type WizardState, wizardReducer } from '../../state/wizard.ts';
import { displayWidth } from '../../text/wrap.ts';
import { ThemeContext } from '../theme.ts';
import { ReviewScreen } from './Review.tsx';
import { WizardScreen } from './Wizard.tsx';

afterEach(cleanup);
// The questions are listed when the tests are collected, and the list needs the engine.
await loadEngine();

/**
 * Answers under which every question of the wizard is asked: a posted letter to a named person,
 * a fixed-term contract with a trial period. A question a locale never asks is left out per locale.
 */
const everything = {
  channel: 'letter',
  formality: 'formal',
  applicant: { name: 'Anna Svensson', address: ['Storgatan 1', '123 45 Stockholm'] },
  recipient: { name: 'Sara Lind', company: 'Nordlys AB', address: ['Box 1', '111 22 Stockholm'] },
  position: 'projektledare',
  startDate: '2027-01-10',
  reason: 'career',
  contractType: 'fixed-term',
  trialPeriod: 'yes',
  counterOffer: false,
};

/**
 * Which of core's choice lists names each list question's choices, written out here rather than
 * read from the wizard, so a question that took its names from elsewhere would fail.
 */
const choiceList: Record<string, keyof FormVocabulary['choices']> = {
  channel: 'channels',
  formality: 'formalities',
  'recipient.salutation': 'salutations',
  reason: 'reasons',
  acceptance: 'acceptances',
  contractType: 'contractTypes',
};

// ink-testing-library's terminal is 100 columns wide: a long hint wraps, a label does not.
const wide = { columns: 100, rows: 60 };

/** The screen as running text, so that a wrapped hint reads as it was written. */
const flowing = (text: string) => text.replace(/\s+/g, ' ');

function screenOf(element: React.ReactElement): string {
  const instance = render(
    <ThemeContext.Provider value={{ color: false }}>{element}</ThemeContext.Provider>,
  );
  return instance.lastFrame() ?? '';
}

function opened(locale: Locale, path: string): WizardState {
  return wizardReducer(startWizard(locale, everything), { type: 'open', path, fromReview: true });
}

/** The text of a screen's lines with the list's marker taken off: what a choice reads. */
function rows(screen: string): string[] {
  return screen.split('\n').map((line) => line.replace(/^[›\s]\s/, '').trimEnd());
}

describe.each(locales)('the %s wizard names every field and choice as core does', (locale) => {
  const form = getFormVocabulary(locale);
  const asked = visibleFields({ ...everything, locale }, locale);

  it('asks every question it has under these answers', () => {
    const never =
      locale === 'sv' ? ['recipient.salutation', 'essentialsAgreed'] : ['stateEmployer'];
    expect(asked.map((field) => field.path).sort()).toEqual(
      allFields()
        .map((field) => field.path)
        .filter((path) => !never.includes(path))
        .sort(),
    );
  });

  it.each(asked.map((field) => [field.path, field] as const))('%s', (path) => {
    const screen = screenOf(
      <WizardScreen
        wizard={opened(locale, path)}
        messages={uiMessages[locale]}
        width={wide.columns}
        height={wide.rows}
      />,
    );
    const words = form.fields[path];
    expect(rows(screen)).toContain(words.label);
    expect(flowing(screen)).toContain(flowing(words.hint));
    expect(flowing(screen)).toContain(flowing(words.why));
    const kind = allFields().find((field) => field.path === path)?.kind;
    if (kind === 'choice' || kind === 'yes-no') {
      const list = choiceList[path];
      const choices: Record<string, { label: string }> = list
        ? form.choices[list]
        : form.choices.answers;
      const expected = Object.values(choices).map((choice) => choice.label);
      // "Don't know" is added to how you said yes; a yes/no of core's has no "don't know".
      if (path === 'acceptance') expected.push(form.choices.answers.unknown.label);
      if (kind === 'yes-no') expected.pop();
      const listed = rows(screen).filter((line) => expected.includes(line));
      expect(listed.sort()).toEqual(expected.sort());
    }
  });

  it('shows core’s hint for the highlighted choice, and a new one as the cursor moves', () => {
    const render = (wizard: WizardState) =>
      flowing(
        screenOf(
          <WizardScreen
            wizard={wizard}
            messages={uiMessages[locale]}
            width={wide.columns}
            height={wide.rows}
          />,
        ),
      );
    const reason = opened(locale, 'reason');
    const { reasons } = form.choices;
    expect(render(reason)).toContain(flowing(reasons.career.hint));
    const next = wizardReducer(reason, { type: 'move', delta: 1 });
    expect(render(next)).toContain(flowing(reasons['better-offer'].hint));
    expect(render(next)).not.toContain(flowing(reasons.career.hint));
  });

  it('names each answer on the review by its question’s label', () => {
    const wizard = startWizard(locale, everything);
    const screen = screenOf(
      <ReviewScreen
        wizard={wizard}
        index={0}
        messages={uiMessages[locale]}
        width={wide.columns}
        height={wide.rows}
      />,
    );
    const lines = rows(screen);
    for (const field of asked) {
      const { label } = form.fields[field.path];
      expect(lines.some((line) => line.startsWith(label))).toBe(true);
    }
    expect(lines).toContain(`${form.fields.channel.label} ${form.choices.channels.letter.label}`);
    expect(lines).toContain(
      `${form.fields.contractType.label} ${form.choices.contractTypes['fixed-term'].label}`,
    );
  });

  it('keeps a short answer in view at 40 columns, shortening the label instead', () => {
    const wizard = startWizard(locale, { ...everything, resignedCurrentJob: true });
    const screen = screenOf(
      <ReviewScreen
        wizard={wizard}
        index={0}
        messages={uiMessages[locale]}
        width={40}
        height={wide.rows}
      />,
    );
    const { label } = form.fields.resignedCurrentJob;
    const line = rows(screen).find((row) => row.startsWith(label.slice(0, 10)));
    expect(line).toMatch(new RegExp(`[?:]? ${form.choices.answers.yes.label}$`));
    for (const row of screen.split('\n')) expect(displayWidth(row)).toBeLessThanOrEqual(40);
  });
});
