import { channels, type Locale } from '@rescind/core';
import {
  type FieldWords,
  type FormField,
  type FormVocabulary,
  getFormVocabulary,
} from '@rescind/core/vocabulary';
import { letterEngine } from '../engine.ts';
import { addressOnOneLine } from '../text/address.ts';
import { getAnswer, type RawAnswers } from './answers.ts';

/** One of core's lists of choice words (`channels`, `reasons`, …, `answers`). */
type ChoiceList = keyof FormVocabulary['choices'];

/**
 * One question of the letter wizard and the `LetterInput` field it fills. What it is called, its
 * hint and why it is asked are core's words for `path` (`getFormVocabulary`), as in the web form.
 */
export interface Field {
  path: FormField;
  /**
   * `choice`: a list; `yes-no`: a yes/no list; `text` and `date`: typed; `months`: typed, stored
   * as a number of months (what is not one goes to core as typed, and core says why).
   */
  kind: 'choice' | 'yes-no' | 'text' | 'date' | 'months' | 'address';
  /** The values of a choice, in the order they are listed. */
  choices?: readonly string[];
  /**
   * What each choice stores, where that is not the choice itself: `undefined` is "don't know",
   * which leaves the answer out (a yes/no of core's with no "unknown").
   */
  values?: readonly unknown[];
  /**
   * Core's list that names the choices; `answers` ("Ja", "Vet inte") when not given, and for a
   * choice the list lacks (the "don't know" added to `acceptances`).
   */
  labels?: ChoiceList;
  /**
   * Whether the highlighted choice's hint from core shows under the list. Core's hints for yes and
   * no say what the offer or contract says, which is not what a yes/no of core's is about.
   */
  choiceHints?: boolean;
  optional: boolean;
  /** Whether the question shows the greeting its answer gives the letter ("Hej Eva Berg"). */
  showsGreeting?: boolean;
  /** Not optional after all for these answers: core needs a name to put in a call's script. */
  requiredWhen?: (answers: RawAnswers) => boolean;
  /** Asked only when this holds; a salutation matters only to a Dutch greeting with a name. */
  when?: (answers: RawAnswers, locale: Locale) => boolean;
  /**
   * An older answer this one takes the place of: read as `means` when it is `value` and this one
   * is not given, and removed once this one is.
   */
  replaces?: { path: string; value: unknown; means: unknown };
}

/** Yes, no, don't know: core's own three values where it has them. */
const answerChoices = ['yes', 'no', 'unknown'] as const;

/** A yes/no of core's without an "unknown": "don't know" leaves the answer out. */
const unsure = {
  kind: 'choice',
  choices: answerChoices,
  values: [true, false, undefined],
  optional: true,
} as const;

/** Yes, no or don't know, stored as core's `'yes' | 'no' | 'unknown'`. */
const threeWay = {
  kind: 'choice',
  choices: answerChoices,
  choiceHints: true,
  optional: true,
} as const;

let questions: readonly Field[] | undefined;

/**
 * The questions in the order they are asked: how and how formal first, since they shape the rest;
 * then where the person stands under the law, each skippable ("don't know" or an empty answer).
 * Built on first use, as the choice lists come from the letter engine, which loads after start-up.
 */
export function allFields(): readonly Field[] {
  if (questions) return questions;
  const { formalities, reasons, salutations, acceptances, contractTypes } = letterEngine();
  const choice = (labels: ChoiceList, values: readonly string[]) =>
    ({ kind: 'choice', choices: values, labels, choiceHints: true }) as const;
  questions = [
    { path: 'channel', ...choice('channels', channels), optional: false },
    { path: 'formality', ...choice('formalities', formalities), optional: false },
    { path: 'applicant.name', kind: 'text', optional: false },
    { path: 'applicant.email', kind: 'text', optional: true },
    // A posted letter carries both addresses; without them core leaves placeholders in it.
    {
      path: 'applicant.address',
      kind: 'address',
      optional: true,
      when: (answers) => answers.channel === 'letter',
    },
    { path: 'recipient.company', kind: 'text', optional: false },
    {
      path: 'recipient.name',
      kind: 'text',
      optional: true,
      requiredWhen: (answers) => answers.channel === 'phone' || answers.channel === 'meeting',
      showsGreeting: true,
    },
    {
      path: 'recipient.salutation',
      ...choice('salutations', salutations),
      optional: true,
      when: (answers, locale) => locale === 'nl' && Boolean(getAnswer(answers, 'recipient.name')),
      showsGreeting: true,
    },
    // Not every name splits into a first name and a surname ("Maria Garcia Lopez"): the greeting
    // shows what core made of it, and this says it otherwise.
    {
      path: 'recipient.greetingName',
      kind: 'text',
      optional: true,
      when: (answers) => Boolean(getAnswer(answers, 'recipient.name')),
      showsGreeting: true,
    },
    { path: 'recipient.email', kind: 'text', optional: true },
    {
      path: 'recipient.address',
      kind: 'address',
      optional: true,
      when: (answers) => answers.channel === 'letter',
    },
    { path: 'position', kind: 'text', optional: false },
    { path: 'startDate', kind: 'date', optional: false },
    { path: 'reason', ...choice('reasons', reasons), optional: false },
    { path: 'reasonDetail', kind: 'text', optional: true },
    {
      path: 'acceptance',
      kind: 'choice',
      choices: [...acceptances, 'unknown'],
      values: [...acceptances, undefined],
      labels: 'acceptances',
      choiceHints: true,
      optional: true,
      replaces: { path: 'contractSigned', value: true, means: 'signed' },
    },
    {
      path: 'essentialsAgreed',
      ...threeWay,
      // Dutch law: without a signature, a yes makes a contract only once the essentials are agreed.
      when: (answers, locale) => locale === 'nl' && !isSigned(answers),
    },
    {
      path: 'contractType',
      ...choice('contractTypes', contractTypes),
      optional: true,
    },
    {
      path: 'earlyTerminationClause',
      ...unsure,
      when: (answers) => answers.contractType === 'fixed-term',
    },
    { path: 'trialPeriod', ...threeWay },
    {
      path: 'trialMonths',
      kind: 'months',
      optional: true,
      when: (answers) => answers.trialPeriod === 'yes',
    },
    { path: 'noticeMonths', kind: 'months', optional: true },
    { path: 'collectiveAgreement', ...threeWay },
    {
      path: 'stateEmployer',
      ...unsure,
      when: (_answers, locale) => locale === 'sv',
    },
    { path: 'resignedCurrentJob', ...unsure },
    { path: 'counterOffer', kind: 'yes-no', optional: false },
  ];
  return questions;
}

/** Signed, by the new answer or by the older yes/no that `acceptance` replaces. */
function isSigned(answers: RawAnswers): boolean {
  if (answers.acceptance !== undefined) return answers.acceptance === 'signed';
  return answers.contractSigned === true;
}

/** The questions that apply to these answers. */
export function visibleFields(answers: RawAnswers, locale: Locale): Field[] {
  return allFields()
    .filter((field) => !field.when || field.when(answers, locale))
    .map((field) => (field.requiredWhen?.(answers) ? { ...field, optional: false } : field));
}

/** Core's label, hint and "why we ask" for a question, in the person's language. */
export function fieldWords(field: Pick<Field, 'path'>, locale: Locale): FieldWords {
  return getFormVocabulary(locale).fields[field.path];
}

/** What choice `index` of a list question stores. */
export function choiceValue(field: Field, index: number): unknown {
  if (field.kind === 'yes-no') return index === 0;
  return field.values ? field.values[index] : field.choices?.[index];
}

/** The answer to a question; an older answer that this one replaces counts too. */
export function answerOf(field: Field, answers: RawAnswers): unknown {
  const answer = getAnswer(answers, field.path);
  const { replaces } = field;
  if (answer !== undefined || !replaces) return answer;
  return getAnswer(answers, replaces.path) === replaces.value ? replaces.means : undefined;
}

/** Which choice shows an answer. */
export function choiceIndex(field: Field, answers: RawAnswers): number {
  const answer = answerOf(field, answers);
  if (field.kind === 'yes-no') return answer === true ? 0 : 1;
  const values = field.values ?? field.choices ?? [];
  const index = values.indexOf(answer);
  if (index !== -1) return index;
  // Unanswered: a skippable question starts on "don't know", so Enter moves on.
  const unknown = field.choices?.indexOf('unknown') ?? -1;
  return Math.max(0, unknown);
}

/** Core's name for choice `choice` of a list question: "E-post" for `email`, "Ja" for `yes`. */
function choiceLabel(field: Field, choice: string, locale: Locale): string {
  const { choices } = getFormVocabulary(locale);
  const list: Record<string, { label: string }> = choices[field.labels ?? 'answers'];
  const answers: Record<string, { label: string }> = choices.answers;
  return (list[choice] ?? answers[choice])?.label ?? choice;
}

/** The choices of a list question, in order, as core names them. */
export function choiceLabels(field: Field, locale: Locale): string[] {
  const { answers } = getFormVocabulary(locale).choices;
  if (field.kind === 'yes-no') return [answers.yes.label, answers.no.label];
  return (field.choices ?? []).map((choice) => choiceLabel(field, choice, locale));
}

/**
 * Core's hint for choice `index` of a list question, where the question shows one. A choice the
 * wizard adds to core's list (the "don't know" of how you said yes) has none: core's hint for
 * "don't know" speaks of two cases, and that list has three.
 */
export function choiceHint(field: Field, index: number, locale: Locale): string | undefined {
  const choice = field.choices?.[index];
  if (!field.choiceHints || choice === undefined) return undefined;
  const list: Record<string, { hint: string }> =
    getFormVocabulary(locale).choices[field.labels ?? 'answers'];
  return list[choice]?.hint;
}

/** An answer as the person sees it on the review screen, in their language. */
export function displayAnswer(
  field: Field,
  answers: RawAnswers,
  locale: Locale,
): string | undefined {
  const value = answerOf(field, answers);
  if (value === undefined || value === '') return undefined;
  if (field.kind === 'yes-no') return choiceLabels(field, locale)[value ? 0 : 1];
  if (field.kind === 'address') return addressOnOneLine(String(value));
  if (field.kind !== 'choice') return String(value);
  const index = (field.values ?? field.choices ?? []).indexOf(value);
  return index === -1 ? String(value) : choiceLabels(field, locale)[index];
}
