import { channels, type Locale } from '@rescind/core';
import { letterEngine } from '../engine.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { addressOnOneLine } from '../text/address.ts';
import { getAnswer, type RawAnswers } from './answers.ts';

type QuestionId = keyof UiMessages['wizard']['questions'];

/** The names a choice can have on screen: a dictionary of `UiMessages['choices']`. */
type ChoiceList = 'channel' | 'formality' | 'reason' | 'salutation' | 'acceptance' | 'contract';

/** One question of the letter wizard and the `LetterInput` field it fills. */
export interface Field {
  id: QuestionId;
  path: string;
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
  /** Where a choice's names are looked up; the `answer` names ("Ja", "Vet inte") otherwise. */
  labels?: ChoiceList;
  optional: boolean;
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
const threeWay = { kind: 'choice', choices: answerChoices, optional: true } as const;

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
    ({ kind: 'choice', choices: values, labels }) as const;
  questions = [
    { id: 'channel', path: 'channel', ...choice('channel', channels), optional: false },
    { id: 'formality', path: 'formality', ...choice('formality', formalities), optional: false },
    { id: 'name', path: 'applicant.name', kind: 'text', optional: false },
    { id: 'email', path: 'applicant.email', kind: 'text', optional: true },
    // A posted letter carries both addresses; without them core leaves placeholders in it.
    {
      id: 'address',
      path: 'applicant.address',
      kind: 'address',
      optional: true,
      when: (answers) => answers.channel === 'letter',
    },
    { id: 'company', path: 'recipient.company', kind: 'text', optional: false },
    {
      id: 'recipient',
      path: 'recipient.name',
      kind: 'text',
      optional: true,
      requiredWhen: (answers) => answers.channel === 'phone' || answers.channel === 'meeting',
    },
    {
      id: 'salutation',
      path: 'recipient.salutation',
      ...choice('salutation', salutations),
      optional: true,
      when: (answers, locale) => locale === 'nl' && Boolean(getAnswer(answers, 'recipient.name')),
    },
    { id: 'recipientEmail', path: 'recipient.email', kind: 'text', optional: true },
    {
      id: 'recipientAddress',
      path: 'recipient.address',
      kind: 'address',
      optional: true,
      when: (answers) => answers.channel === 'letter',
    },
    { id: 'position', path: 'position', kind: 'text', optional: false },
    { id: 'startDate', path: 'startDate', kind: 'date', optional: false },
    { id: 'reason', path: 'reason', ...choice('reason', reasons), optional: false },
    { id: 'reasonDetail', path: 'reasonDetail', kind: 'text', optional: true },
    {
      id: 'acceptance',
      path: 'acceptance',
      kind: 'choice',
      choices: [...acceptances, 'unknown'],
      values: [...acceptances, undefined],
      labels: 'acceptance',
      optional: true,
      replaces: { path: 'contractSigned', value: true, means: 'signed' },
    },
    {
      id: 'essentialsAgreed',
      path: 'essentialsAgreed',
      ...threeWay,
      // Dutch law: without a signature, a yes makes a contract only once the essentials are agreed.
      when: (answers, locale) => locale === 'nl' && !isSigned(answers),
    },
    {
      id: 'contractType',
      path: 'contractType',
      ...choice('contract', contractTypes),
      optional: true,
    },
    {
      id: 'earlyTerminationClause',
      path: 'earlyTerminationClause',
      ...unsure,
      when: (answers) => answers.contractType === 'fixed-term',
    },
    { id: 'trialPeriod', path: 'trialPeriod', ...threeWay },
    {
      id: 'trialMonths',
      path: 'trialMonths',
      kind: 'months',
      optional: true,
      when: (answers) => answers.trialPeriod === 'yes',
    },
    { id: 'noticeMonths', path: 'noticeMonths', kind: 'months', optional: true },
    { id: 'collectiveAgreement', path: 'collectiveAgreement', ...threeWay },
    {
      id: 'stateEmployer',
      path: 'stateEmployer',
      ...unsure,
      when: (_answers, locale) => locale === 'sv',
    },
    { id: 'resignedCurrentJob', path: 'resignedCurrentJob', ...unsure },
    { id: 'counterOffer', path: 'counterOffer', kind: 'yes-no', optional: false },
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
    .map((field) =>
      field.requiredWhen?.(answers) ? { ...field, id: callee(field), optional: false } : field,
    );
}

/** A call or a meeting has someone to speak to, and the question says so. */
function callee(field: Field): QuestionId {
  return field.id === 'recipient' ? 'recipientCall' : field.id;
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

/** What a choice is called on screen: "E-post" for `email`, "Ja" for `true`. */
function labelOf(field: Field, choice: string, messages: UiMessages): string {
  const { choices } = messages;
  const lists: Record<ChoiceList, Record<string, string>> = {
    channel: choices.channel,
    formality: choices.formality,
    reason: choices.reason,
    salutation: choices.salutation,
    acceptance: { ...choices.acceptance, unknown: choices.answer.unknown },
    contract: choices.contract,
  };
  const list: Record<string, string> = field.labels ? lists[field.labels] : choices.answer;
  return list[choice] ?? choice;
}

/** The choices of a list question, in order, as they are shown. */
export function choiceLabels(field: Field, messages: UiMessages): string[] {
  if (field.kind === 'yes-no') return [messages.choices.yes, messages.choices.no];
  return (field.choices ?? []).map((choice) => labelOf(field, choice, messages));
}

/** An answer as the person sees it on the review screen, in their language. */
export function displayAnswer(
  field: Field,
  answers: RawAnswers,
  messages: UiMessages,
): string | undefined {
  const value = answerOf(field, answers);
  if (value === undefined || value === '') return undefined;
  if (field.kind === 'yes-no') return value ? messages.choices.yes : messages.choices.no;
  if (field.kind === 'address') return addressOnOneLine(String(value));
  if (field.kind !== 'choice') return String(value);
  const index = (field.values ?? field.choices ?? []).indexOf(value);
  const choice = field.choices?.[index];
  return choice === undefined ? String(value) : labelOf(field, choice, messages);
}
