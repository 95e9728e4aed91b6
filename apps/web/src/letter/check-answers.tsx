'use client';

import type { Locale } from '@rescind/core';
import { normalizeDate } from '@rescind/core/letter';
import type { ChoiceWords, FormVocabulary } from '@rescind/core/vocabulary';
import type { LetterDictionary } from '../i18n/index.ts';
import { type FieldName, type FormValues, fieldId, isAsked } from './form-values.ts';
import styles from './letter.module.css';
import { fieldLabel } from './messages.ts';
import { type QuestionStep, questionSteps, stepFields, stepHref } from './steps.ts';

/** An answer as the person would say it back: the chosen option's words, a date written out. */
function shown(
  t: LetterDictionary,
  form: FormVocabulary,
  locale: Locale,
  field: FieldName,
  values: FormValues,
): string {
  const { choices } = form;
  const value = values[field];
  // A ticked box is a yes, in the words the yes-or-no questions use.
  if (typeof value === 'boolean') return choices.answers[value ? 'yes' : 'no'].label;
  if (value.trim() === '') return t.flow.notAnswered;
  const byField: Partial<Record<FieldName, Record<string, ChoiceWords>>> = {
    channel: choices.channels,
    reason: choices.reasons,
    formality: choices.formalities,
    acceptance: choices.acceptances,
    contractType: choices.contractTypes,
    essentialsAgreed: choices.answers,
    earlyTerminationClause: choices.answers,
    trialPeriod: choices.answers,
    collectiveAgreement: choices.answers,
    'recipient.salutation': choices.salutations,
  };
  const label = byField[field]?.[value]?.label;
  if (label) return label;
  if (field === 'startDate' || field === 'acceptedOn') {
    const iso = normalizeDate(value, locale);
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
      const date = new Date(`${iso}T00:00:00Z`);
      if (!Number.isNaN(date.getTime())) {
        return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      }
    }
  }
  return value;
}

/** Every answer, page by page, each with a link back to its question. */
export function CheckAnswers(props: {
  locale: Locale;
  t: LetterDictionary;
  form: FormVocabulary;
  values: FormValues;
  onChange: (step: QuestionStep, field: FieldName) => void;
}) {
  const { locale, t, form, values } = props;
  return (
    <div className={styles.check}>
      <p>{t.flow.checkIntro}</p>
      {questionSteps.map((step) => (
        <section key={step} aria-labelledby={`check-${step}`}>
          <h3 id={`check-${step}`}>{t.flow.steps[step]}</h3>
          <dl className={styles.answers}>
            {stepFields[step]
              .filter((field) => isAsked(field, values, locale))
              .filter((field) => field !== 'recipient.greetingName' || values[field] !== '')
              .map((field) => {
                const label = fieldLabel(form, field);
                return (
                  <div key={field} className={styles.answer}>
                    <dt>{label}</dt>
                    <dd>{shown(t, form, locale, field, values)}</dd>
                    <dd>
                      <a
                        href={stepHref(step, `#${fieldId(field)}`)}
                        aria-label={t.flow.changeLabel(label)}
                        onClick={(event) => {
                          event.preventDefault();
                          props.onChange(step, field);
                        }}
                      >
                        {t.flow.change}
                      </a>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </div>
  );
}
