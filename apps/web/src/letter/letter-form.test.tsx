import { type Locale, locales } from '@rescind/core';
import { getFormVocabulary } from '@rescind/core/vocabulary';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getLetterDictionary } from '../i18n/letter.ts';
import { emptyValues, type FieldName, type FormValues, fieldId, isAsked } from './form-values.ts';
import styles from './letter.module.css';
import { LetterForm } from './letter-form.tsx';
import { type QuestionStep, questionSteps, stepFields } from './steps.ts';

/** Every follow-up question opened, and a posted letter, so that every field the form has shows. */
const open: FormValues = {
  ...emptyValues(),
  channel: 'letter',
  acceptance: 'spoken',
  contractType: 'fixed-term',
  trialPeriod: 'yes',
};

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** What a person sees on one question page, read from its markup by the controls' ids. */
function page(html: string) {
  const labels = new Map<string, string>();
  const options = new Map<string, { label: string; hint: string }[]>();
  // A radio group: its legend labels the group, whose first radio carries the field's id.
  for (const m of html.matchAll(/<fieldset[^>]*>(.*?)<\/fieldset>/g)) {
    const body = m[1] ?? '';
    const legend = /<legend[^>]*>(.*?)(?:<span[^>]*> \(|<\/legend>)/.exec(body)?.[1] ?? '';
    const id = /<input type="radio" id="([^"]+)"/.exec(body)?.[1] ?? '';
    labels.set(id, decode(legend));
    options.set(
      id,
      [
        ...body.matchAll(
          /<input type="radio"[^>]*\/><div><label for="[^"]+">(.*?)<\/label>(?:<span[^>]*>(.*?)<\/span>)?<\/div>/g,
        ),
      ].map((o) => ({ label: decode(o[1] ?? ''), hint: decode(o[2] ?? '') })),
    );
  }
  // A text field's or a checkbox's label, without the "(optional)" after it.
  const outsideGroups = html.replace(/<fieldset[^>]*>.*?<\/fieldset>/g, '');
  for (const m of outsideGroups.matchAll(
    /<label for="([^"]+)"[^>]*>(.*?)(?:<span[^>]*> \(|<\/label>)/g,
  )) {
    labels.set(m[1] ?? '', decode(m[2] ?? ''));
  }
  const hints = new Map(
    [...html.matchAll(/<p id="([^"]+)-hint"[^>]*>(.*?)<\/p>/g)].map((m) => [
      m[1] ?? '',
      decode(m[2] ?? ''),
    ]),
  );
  const whys = [...html.matchAll(/<details[^>]*><summary>(.*?)<\/summary><p>(.*?)<\/p>/g)].map(
    (m) => ({ summary: decode(m[1] ?? ''), text: decode(m[2] ?? '') }),
  );
  return { labels, options, hints, whys };
}

/** One question page's markup, every follow-up question open (`open`). */
function questionPage(
  locale: Locale,
  step: QuestionStep,
  { askGreetingName = false }: { askGreetingName?: boolean } = {},
): string {
  const t = getLetterDictionary(locale);
  return renderToStaticMarkup(
    <LetterForm
      locale={locale}
      t={t}
      form={getFormVocabulary(locale)}
      values={open}
      errors={{}}
      askGreetingName={askGreetingName}
      onText={() => {}}
      onFlag={() => {}}
      onSubmit={() => {}}
      step={step}
      continueLabel={t.flow.continue}
      backLabel={t.flow.back}
    />,
  );
}

describe.each(locales)('the %s letter form', (locale) => {
  const t = getLetterDictionary(locale);
  const form = getFormVocabulary(locale);

  for (const step of questionSteps) {
    const html = questionPage(locale, step, { askGreetingName: true });
    const shown = page(html);
    const fields = stepFields[step].filter((field) => isAsked(field, open, locale));
    const words = (field: FieldName) => form.fields[field];

    it(`labels every field on the ${step} page with core’s label, and nothing else`, () => {
      const expected = Object.fromEntries(
        fields.map((field) => [fieldId(field), words(field).label]),
      );
      expect(Object.fromEntries(shown.labels)).toEqual(expected);
    });

    it(`gives every field on the ${step} page core’s hint and why it is asked`, () => {
      // Where you stand: the law's questions (all but the dates) say at once why they are asked.
      const saysWhy = (field: FieldName) =>
        step === 'position' && field !== 'acceptedOn' && field !== 'startDate';
      for (const field of fields) {
        const { hint, why } = words(field);
        expect(shown.hints.get(fieldId(field)), field).toBe(
          saysWhy(field) ? `${why} ${hint}` : hint,
        );
      }
      const behindDisclosure = fields.filter((field) => !saysWhy(field)).map((f) => words(f).why);
      expect(shown.whys.map((why) => why.text)).toEqual(behindDisclosure);
      expect(shown.whys.every((why) => why.summary === t.whyWeAsk)).toBe(true);
    });

    it(`names every choice on the ${step} page as core names it`, () => {
      const groups = {
        channel: form.choices.channels,
        reason: form.choices.reasons,
        formality: form.choices.formalities,
        acceptance: form.choices.acceptances,
        contractType: form.choices.contractTypes,
        essentialsAgreed: form.choices.answers,
        earlyTerminationClause: form.choices.answers,
        trialPeriod: form.choices.answers,
        collectiveAgreement: form.choices.answers,
      } as const;
      for (const [field, choices] of Object.entries(groups)) {
        const listed = shown.options.get(fieldId(field));
        if (!fields.includes(field as FieldName)) {
          expect(listed, field).toBeUndefined();
          continue;
        }
        // Yes, no and don't know need no line each: the question says what they answer.
        const withHints = choices !== form.choices.answers;
        const byLabel = (a: { label: string }, b: { label: string }) =>
          a.label.localeCompare(b.label);
        expect([...(listed ?? [])].sort(byLabel), field).toEqual(
          Object.values(choices)
            .map((choice) => ({ label: choice.label, hint: withHints ? choice.hint : '' }))
            .sort(byLabel),
        );
      }
    });
  }

  it('asks each country’s own questions only', () => {
    const html = questionPage(locale, 'position');
    const labels = [...page(html).labels.values()];
    expect(labels.includes(form.fields.stateEmployer.label)).toBe(locale === 'sv');
    expect(labels.includes(form.fields.essentialsAgreed.label)).toBe(locale === 'nl');
  });
});

describe('a date in a hint', () => {
  it.each(locales)(
    'keeps a numeric example date whole, so a phone never breaks it at a hyphen (%s)',
    (locale) => {
      const form = getFormVocabulary(locale);
      const html = questionPage(locale, 'position');
      const hint = new RegExp(`<p id="${fieldId('startDate')}-hint"[^>]*>(.*?)</p>`).exec(
        html,
      )?.[1];
      expect(decode(hint ?? '')).toBe(form.fields.startDate.hint);
      const iso = /\d{1,4}-\d{1,2}-\d{1,4}/.exec(form.fields.startDate.hint)?.[0];
      expect(iso).toBeDefined();
      expect(hint).toContain(`<span class="${styles.nowrap}">${iso}</span>`);
    },
  );
});
