import { channels, type Locale } from '@rescind/core';
import { letterEngine } from '../engine.ts';
import type { UiMessages } from '../i18n/ui-messages.ts';
import { getAnswer, type RawAnswers } from './answers.ts';

type QuestionId = keyof UiMessages['wizard']['questions'];

/** One question of the letter wizard and the `LetterInput` field it fills. */
export interface Field {
  id: QuestionId;
  path: string;
  kind: 'choice' | 'yes-no' | 'text' | 'date';
  /** The values of a choice, in the order they are listed. */
  choices?: readonly string[];
  optional: boolean;
  /** Asked only when this holds; a salutation matters only to a Dutch greeting with a name. */
  when?: (answers: RawAnswers, locale: Locale) => boolean;
}

let questions: readonly Field[] | undefined;

/**
 * The questions in the order they are asked: how and how formal first, since they shape the rest.
 * Built on first use, as the choice lists come from the letter engine, which loads after start-up.
 */
export function allFields(): readonly Field[] {
  if (questions) return questions;
  const { formalities, reasons, salutations } = letterEngine();
  questions = [
    { id: 'channel', path: 'channel', kind: 'choice', choices: channels, optional: false },
    { id: 'formality', path: 'formality', kind: 'choice', choices: formalities, optional: false },
    { id: 'name', path: 'applicant.name', kind: 'text', optional: false },
    { id: 'email', path: 'applicant.email', kind: 'text', optional: true },
    { id: 'company', path: 'recipient.company', kind: 'text', optional: false },
    { id: 'recipient', path: 'recipient.name', kind: 'text', optional: true },
    {
      id: 'salutation',
      path: 'recipient.salutation',
      kind: 'choice',
      choices: salutations,
      optional: true,
      when: (answers, locale) => locale === 'nl' && Boolean(getAnswer(answers, 'recipient.name')),
    },
    { id: 'recipientEmail', path: 'recipient.email', kind: 'text', optional: true },
    { id: 'position', path: 'position', kind: 'text', optional: false },
    { id: 'startDate', path: 'startDate', kind: 'date', optional: false },
    { id: 'reason', path: 'reason', kind: 'choice', choices: reasons, optional: false },
    { id: 'reasonDetail', path: 'reasonDetail', kind: 'text', optional: true },
    { id: 'contractSigned', path: 'contractSigned', kind: 'yes-no', optional: false },
    { id: 'counterOffer', path: 'counterOffer', kind: 'yes-no', optional: false },
  ];
  return questions;
}

/** The questions that apply to these answers. */
export function visibleFields(answers: RawAnswers, locale: Locale): Field[] {
  return allFields().filter((field) => !field.when || field.when(answers, locale));
}

/** What a choice is called on screen: "E-post" for `email`, "Ja" for `true`. */
export function choiceLabel(field: Field, value: unknown, messages: UiMessages): string {
  if (field.kind === 'yes-no') return value ? messages.choices.yes : messages.choices.no;
  const labels: Partial<Record<QuestionId, Record<string, string>>> = {
    channel: messages.choices.channel,
    formality: messages.choices.formality,
    reason: messages.choices.reason,
    salutation: messages.choices.salutation,
  };
  return labels[field.id]?.[String(value)] ?? String(value);
}

/** The choices of a list question, in order, as they are shown. */
export function choiceLabels(field: Field, messages: UiMessages): string[] {
  if (field.kind === 'yes-no') return [messages.choices.yes, messages.choices.no];
  return (field.choices ?? []).map((choice) => choiceLabel(field, choice, messages));
}

/** An answer as the person sees it on the review screen, in their language. */
export function displayAnswer(
  field: Field,
  answers: RawAnswers,
  messages: UiMessages,
): string | undefined {
  const value = getAnswer(answers, field.path);
  if (value === undefined || value === '') return undefined;
  return choiceLabel(field, value, messages);
}
