import type { Channel } from '../content/channels.ts';
import type { Formality, Reason, Salutation } from '../letter/input.ts';
import type { FieldPath } from '../letter/input-messages.ts';
import type { Acceptance, Answer, ContractType } from '../letter/position/types.ts';

/** A field a form asks for: every leaf of `LetterInput` (`applicant.name`, `startDate`, …). */
export type FormField = Exclude<FieldPath, '' | 'applicant' | 'recipient'>;

/** What a form shows beside one field, in one language. */
export interface FieldWords {
  /** The field's label, as a form shows it ("Ditt namn", "Je naam"). */
  label: string;
  /**
   * A hint under the field: what to write and in which form. The date fields' hints name the forms
   * people write ("14 december 2026", "14-12-2026"): read what they type with `normalizeDate`.
   */
  hint: string;
  /** Why we ask: what the answer changes in the documents or the advice. */
  why: string;
}

/** One answer to a choice: its label and a line that helps the person choose it. */
export interface ChoiceWords {
  label: string;
  hint: string;
}

/** The words a form needs for every field and every choice of `LetterInput`. */
export interface FormVocabulary {
  fields: Record<FormField, FieldWords>;
  choices: {
    channels: Record<Channel, ChoiceWords>;
    reasons: Record<Reason, ChoiceWords>;
    formalities: Record<Formality, ChoiceWords>;
    salutations: Record<Salutation, ChoiceWords>;
    /** Where you stand: how they said yes. */
    acceptances: Record<Acceptance, ChoiceWords>;
    /** Where you stand: a yes, no or don't-know question (trial period, collective agreement…). */
    answers: Record<Answer, ChoiceWords>;
    /** Where you stand: the kind of contract. */
    contractTypes: Record<ContractType, ChoiceWords>;
  };
}
