import type { InputIssue } from '@rescind/core/letter';
import type { FormVocabulary } from '@rescind/core/vocabulary';
import type { LetterDictionary } from '../i18n/index.ts';
import { choiceFields, type FieldName } from './form-values.ts';

/** Core reports a missing person or company as the whole object; the form asks for one field. */
export function issueField(path: string): FieldName {
  if (path === 'applicant') return 'applicant.name';
  if (path === 'recipient') return 'recipient.company';
  return path as FieldName;
}

/** The label a field has in the form (core's form words), so a message names what the person sees. */
export function fieldLabel(form: FormVocabulary, field: FieldName): string {
  return form.fields[field].label;
}

/**
 * Core's message in the form's words: "fill in" for a missing answer, and otherwise core's own
 * explanation with the field named by its label on the page.
 */
export function issueMessage(t: LetterDictionary, form: FormVocabulary, issue: InputIssue): string {
  const field = issueField(issue.path);
  const label = fieldLabel(form, field);
  if (issue.code === 'required') {
    return choiceFields.has(field) ? t.choiceRequired(label) : t.fieldRequired(label);
  }
  return issue.message.replace(/”[^”]*”|‘[^’]*’/, (quoted) =>
    quoted.startsWith('”') ? `”${label}”` : `‘${label}’`,
  );
}
