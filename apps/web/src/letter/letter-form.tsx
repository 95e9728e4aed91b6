'use client';

import { channels, type Locale } from '@rescind/core';
import { acceptances, answers, contractTypes } from '@rescind/core/letter';
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

/** The law's questions answered by picking one of a few choices. */
type ChoiceQuestion = Exclude<
  Extract<keyof LetterDictionary['questions'], TextField>,
  MonthQuestion
>;
type MonthQuestion = 'trialMonths' | 'noticeMonths';

const reasonKeys = ['compensation', 'career', 'better-offer', 'conditions', 'personal'] as const;

export interface LetterFormProps {
  locale: Locale;
  t: LetterDictionary;
  values: FormValues;
  /** Localized messages by field path; empty until the person first submits. */
  errors: Partial<Record<FieldName, string>>;
  /** Whether to ask for the name as the greeting should have it (core's `check-greeting-name`). */
  askGreetingName: boolean;
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
  const { locale, t, values, errors, onText, onFlag, onSubmit } = props;
  // What this language and channel need (core's `fieldNeeds`): unused fields are not asked,
  // required ones are not marked optional.
  const asked = (name: FieldName) => isAsked(name, values, locale);
  const optionalFor = (name: FieldName) =>
    need(name, values, locale) === 'required' ? undefined : t.hints.optional;
  const f = t.fields;
  const q = t.questions;
  const text = (name: TextField) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (_: string, value: string) => onText(name, value),
  });
  const flag = (name: FlagField, label: string, hint?: string) => (
    <Checkbox
      name={name}
      label={label}
      hint={hint}
      checked={values[name]}
      onChange={(_, checked) => onFlag(name, checked)}
    />
  );
  // The law's questions: all optional, each with why it is asked.
  const question = (name: ChoiceQuestion, options: readonly { value: string; label: string }[]) => {
    const asked = q[name];
    if (!asked || !isAsked(name, values, locale)) return null;
    return (
      <RadioGroup
        {...text(name)}
        legend={asked.label}
        hint={asked.hint}
        optional={t.hints.optional}
        options={options}
      />
    );
  };
  const months = (name: MonthQuestion) =>
    isAsked(name, values, locale) ? (
      <TextInput
        {...text(name)}
        label={q[name].label}
        hint={q[name].hint}
        inputMode="numeric"
        optional={t.hints.optional}
      />
    ) : null;
  const yesNoUnknown = answers.map((value) => ({ value, label: t.answers[value] }));
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Nothing is ever sent: the draft is written in the browser.
    event.preventDefault();
    onSubmit();
  };

  const groups: Record<QuestionStep, ReactNode> = {
    situation: (
      <>
        <RadioGroup
          {...text('channel')}
          legend={f.channel}
          options={channels.map((channel) => ({
            value: channel,
            label: t.channelOptions[channel],
          }))}
        />
        <RadioGroup
          {...text('reason')}
          legend={f.reason}
          options={reasonKeys.map((reason) => ({ value: reason, label: t.reasons[reason] }))}
        />
        <TextInput
          {...text('reasonDetail')}
          label={f.reasonDetail}
          hint={t.hints.reasonDetail}
          optional={t.hints.optional}
          multiline
        />
        <RadioGroup
          {...text('formality')}
          legend={f.formality}
          hint={t.hints.formality}
          options={(['formal', 'informal'] as const).map((value) => ({
            value,
            label: t.formalities[value],
          }))}
        />
        {flag('counterOffer', f.counterOffer)}
        {flag('keepDoorOpen', f.keepDoorOpen)}
      </>
    ),
    position: (
      <>
        {' '}
        <TextInput
          {...text('acceptedOn')}
          label={f.acceptedOn}
          hint={t.hints.date}
          optional={t.hints.optional}
        />
        <TextInput {...text('startDate')} label={f.startDate} hint={t.hints.date} />
        {question(
          'acceptance',
          acceptances.map((value) => ({ value, label: t.acceptances[value] })),
        )}
        {question('essentialsAgreed', yesNoUnknown)}
        {question(
          'contractType',
          contractTypes.map((value) => ({ value, label: t.contractTypes[value] })),
        )}
        {question('earlyTerminationClause', yesNoUnknown)}
        {question('trialPeriod', yesNoUnknown)}
        {months('trialMonths')}
        {months('noticeMonths')}
        {question('collectiveAgreement', yesNoUnknown)}
        {q.stateEmployer && isAsked('stateEmployer', values, locale)
          ? flag('stateEmployer', q.stateEmployer.label, q.stateEmployer.hint)
          : null}
        {flag('resignedCurrentJob', q.resignedCurrentJob.label, q.resignedCurrentJob.hint)}
      </>
    ),
    you: (
      <>
        <TextInput {...text('applicant.name')} label={f.applicantName} autoComplete="name" />
        <TextInput
          {...text('applicant.email')}
          label={f.applicantEmail}
          type="email"
          autoComplete="email"
          optional={t.hints.optional}
        />
        <TextInput
          {...text('applicant.phone')}
          label={f.applicantPhone}
          type="tel"
          autoComplete="tel"
          optional={t.hints.optional}
        />
        {asked('applicant.address') ? (
          <TextInput
            {...text('applicant.address')}
            label={f.applicantAddress}
            hint={t.hints.address}
            autoComplete="street-address"
            optional={t.hints.optional}
            multiline
          />
        ) : null}
        {asked('place') ? (
          <TextInput
            {...text('place')}
            label={f.place}
            hint={t.hints.place}
            autoComplete="address-level2"
            optional={t.hints.optional}
          />
        ) : null}
      </>
    ),
    employer: (
      <>
        <TextInput {...text('recipient.company')} label={f.recipientCompany} />
        <TextInput
          {...text('recipient.name')}
          label={f.recipientName}
          hint={
            need('recipient.name', values, locale) === 'required'
              ? t.hints.nameForConversation
              : undefined
          }
          optional={optionalFor('recipient.name')}
        />
        {props.askGreetingName ? (
          <TextInput
            {...text('recipient.greetingName')}
            label={f.recipientGreetingName}
            hint={t.hints.greetingName}
            optional={t.hints.optional}
          />
        ) : null}
        {asked('recipient.salutation') ? (
          <Select
            {...text('recipient.salutation')}
            label={f.recipientSalutation}
            optional={t.hints.optional}
            options={[
              { value: '', label: t.salutations.none },
              { value: 'ms', label: t.salutations.ms },
              { value: 'mr', label: t.salutations.mr },
            ]}
          />
        ) : null}
        {asked('recipient.title') ? (
          <TextInput
            {...text('recipient.title')}
            label={f.recipientTitle}
            optional={t.hints.optional}
          />
        ) : null}
        <TextInput
          {...text('recipient.email')}
          label={f.recipientEmail}
          type="email"
          optional={t.hints.optional}
        />
        {asked('recipient.address') ? (
          <TextInput
            {...text('recipient.address')}
            label={f.recipientAddress}
            hint={t.hints.address}
            optional={t.hints.optional}
            multiline
          />
        ) : null}
      </>
    ),
    job: (
      <>
        <TextInput {...text('position')} label={f.position} />
      </>
    ),
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
