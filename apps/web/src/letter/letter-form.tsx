'use client';

import { channels, type Locale } from '@rescind/core';
import { acceptances, answers, contractTypes } from '@rescind/core/letter';
import type { ChoiceWords, FormVocabulary } from '@rescind/core/vocabulary';
import type { FormEvent, ReactNode } from 'react';
import type { LetterDictionary } from '../i18n/index.ts';
import { Checkbox, RadioGroup, Select, TextInput } from './fields.tsx';
import {
  type FieldName,
  type FlagField,
  type FormValues,
  isAsked,
  need,
  type TextField,
} from './form-values.ts';
import styles from './letter.module.css';
import type { QuestionStep } from './steps.ts';

const reasonKeys = ['compensation', 'career', 'better-offer', 'conditions', 'personal'] as const;

/** A choice group as radios: core's label for each, and its hint where `withHints`. */
function options<V extends string>(
  values: readonly V[],
  words: Record<V, ChoiceWords>,
  withHints = true,
) {
  return values.map((value) => ({
    value,
    label: words[value].label,
    hint: withHints ? words[value].hint : undefined,
  }));
}

export interface LetterFormProps {
  locale: Locale;
  t: LetterDictionary;
  /** Core's words for every field and choice (`getFormVocabulary`). */
  form: FormVocabulary;
  values: FormValues;
  /** Localized messages by field path; empty until the person first submits. */
  errors: Partial<Record<FieldName, string>>;
  /** Whether to ask for the name as the greeting should have it (core's `check-greeting-name`). */
  askGreetingName: boolean;
  /** The greeting the letter writes with the answers as they are, shown beside the greeting name. */
  greeting?: string | undefined;
  onText: (name: TextField, value: string) => void;
  onFlag: (name: FlagField, value: boolean) => void;
  onSubmit: () => void;
  /** The question page to show. */
  step: QuestionStep;
  /** Shown under the questions (the "where you stand" panel on its page). */
  after?: ReactNode;
  continueLabel: string;
  backLabel: string;
  onBack?: (() => void) | undefined;
}

/**
 * One page of questions, in the order a person thinks of them. Native controls only: they work with any
 * keyboard, screen reader and autofill, and their `name` is the `LetterInput` field path.
 */
export function LetterForm(props: LetterFormProps) {
  const { locale, t, form, values, errors, onText, onFlag, onSubmit } = props;
  // What this language and channel need (core's `fieldNeeds`): unused fields are not asked,
  // required ones are not marked optional.
  const asked = (name: FieldName) => isAsked(name, values, locale);
  const optionalFor = (name: FieldName) =>
    need(name, values, locale) === 'required' ? undefined : t.optional;
  // Core's label and hint; "why we ask" behind a disclosure, or said at once where it matters.
  const words = (name: FieldName, whyShown = false) => {
    const { label, hint, why } = form.fields[name];
    return whyShown
      ? { label, hint: `${why} ${hint}` }
      : { label, hint, why: { label: t.whyWeAsk, text: why } };
  };
  const text = (name: TextField, whyShown = false) => ({
    name,
    value: values[name],
    error: errors[name],
    optional: optionalFor(name),
    onChange: (_: string, value: string) => onText(name, value),
    ...words(name, whyShown),
  });
  const flag = (name: FlagField, whyShown = false) => {
    const { label, ...help } = words(name, whyShown);
    return (
      <Checkbox
        name={name}
        label={label}
        {...help}
        checked={values[name]}
        onChange={(_, checked) => onFlag(name, checked)}
      />
    );
  };
  // Where you stand: the law's questions, all optional, each saying at once why it is asked.
  const question = (name: TextField, choices: readonly { value: string; label: string }[]) => {
    if (!asked(name)) return null;
    const { label, ...rest } = text(name, true);
    return <RadioGroup {...rest} legend={label} options={choices} />;
  };
  const months = (name: 'trialMonths' | 'noticeMonths') =>
    asked(name) ? <TextInput {...text(name, true)} inputMode="numeric" /> : null;
  // Yes, no, don't know: the question says what it is about, so the answers need no hint.
  const yesNoUnknown = options(answers, form.choices.answers, false);
  const radios = (name: TextField, choices: readonly { value: string; label: string }[]) => {
    const { label, ...rest } = text(name);
    return <RadioGroup {...rest} legend={label} options={choices} />;
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Nothing is ever sent: the draft is written in the browser.
    event.preventDefault();
    onSubmit();
  };

  const groups: Record<QuestionStep, ReactNode> = {
    situation: (
      <>
        {radios('channel', options(channels, form.choices.channels))}
        {radios('reason', options(reasonKeys, form.choices.reasons))}
        <TextInput {...text('reasonDetail')} multiline />
        {radios('formality', options(['formal', 'informal'] as const, form.choices.formalities))}
        {flag('counterOffer')}
        {flag('keepDoorOpen')}
      </>
    ),
    position: (
      <>
        <TextInput {...text('acceptedOn')} />
        <TextInput {...text('startDate')} />
        {question('acceptance', options(acceptances, form.choices.acceptances))}
        {question('essentialsAgreed', yesNoUnknown)}
        {question('contractType', options(contractTypes, form.choices.contractTypes))}
        {question('earlyTerminationClause', yesNoUnknown)}
        {question('trialPeriod', yesNoUnknown)}
        {months('trialMonths')}
        {months('noticeMonths')}
        {question('collectiveAgreement', yesNoUnknown)}
        {asked('stateEmployer') ? flag('stateEmployer', true) : null}
        {flag('resignedCurrentJob', true)}
      </>
    ),
    you: (
      <>
        <TextInput {...text('applicant.name')} autoComplete="name" />
        <TextInput {...text('applicant.email')} type="email" autoComplete="email" />
        <TextInput {...text('applicant.phone')} type="tel" autoComplete="tel" />
        {asked('applicant.address') ? (
          <TextInput {...text('applicant.address')} autoComplete="street-address" multiline />
        ) : null}
        {asked('place') ? <TextInput {...text('place')} autoComplete="address-level2" /> : null}
      </>
    ),
    employer: (
      <>
        <TextInput {...text('recipient.company')} />
        {/* After a call or a meeting the name is required: the form says why at once. */}
        <TextInput
          {...text('recipient.name', need('recipient.name', values, locale) === 'required')}
        />
        {props.askGreetingName ? (
          <TextInput
            {...text('recipient.greetingName')}
            live={props.greeting ? t.greetingPreview(props.greeting) : ''}
          />
        ) : null}
        {asked('recipient.salutation') ? (
          <Select
            {...text('recipient.salutation')}
            options={(['none', 'ms', 'mr'] as const).map((value) => ({
              value: value === 'none' ? '' : value,
              label: form.choices.salutations[value].label,
            }))}
          />
        ) : null}
        {asked('recipient.title') ? <TextInput {...text('recipient.title')} /> : null}
        <TextInput {...text('recipient.email')} type="email" />
        {asked('recipient.address') ? <TextInput {...text('recipient.address')} multiline /> : null}
      </>
    ),
    job: <TextInput {...text('position')} />,
  };

  return (
    <form className={styles.form} noValidate onSubmit={handleSubmit} aria-labelledby="step-title">
      {groups[props.step]}
      {props.after}
      <div className={styles.stepButtons}>
        <button type="submit" className={styles.primary}>
          {props.continueLabel}
        </button>
        {props.onBack ? (
          <button type="button" className={styles.back} onClick={props.onBack}>
            {props.backLabel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
