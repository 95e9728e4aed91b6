import type { InputIssue } from '@rescind/core/letter';
import type { LetterDictionary } from '../i18n/index.ts';
import type { FieldName } from './form-values.ts';

/** Core reports a missing person or company as the whole object; the form asks for one field. */
export function issueField(path: string): FieldName {
  if (path === 'applicant') return 'applicant.name';
  if (path === 'recipient') return 'recipient.company';
  return path as FieldName;
}

/** Choices among radios: "choose an answer" rather than "fill in". */
const choiceFields: ReadonlySet<string> = new Set([
  'channel',
  'reason',
  'formality',
  'acceptance',
  'contractType',
  'trialPeriod',
  'collectiveAgreement',
  'essentialsAgreed',
  'earlyTerminationClause',
]);

/** The label a field has in the form, so a message names what the person sees. */
export function fieldLabel(t: LetterDictionary, field: FieldName): string {
  const f = t.fields;
  const labels: Partial<Record<FieldName, string>> = {
    'applicant.name': f.applicantName,
    'applicant.email': f.applicantEmail,
    'applicant.phone': f.applicantPhone,
    'applicant.address': f.applicantAddress,
    'recipient.name': f.recipientName,
    'recipient.salutation': f.recipientSalutation,
    'recipient.greetingName': f.recipientGreetingName,
    'recipient.title': f.recipientTitle,
    'recipient.company': f.recipientCompany,
    'recipient.email': f.recipientEmail,
    'recipient.address': f.recipientAddress,
    position: f.position,
    acceptedOn: f.acceptedOn,
    startDate: f.startDate,
    place: f.place,
    channel: f.channel,
    reason: f.reason,
    reasonDetail: f.reasonDetail,
    formality: f.formality,
    counterOffer: f.counterOffer,
    keepDoorOpen: f.keepDoorOpen,
  };
  const question = (t.questions as Record<string, { label: string } | null>)[field];
  return labels[field] ?? question?.label ?? field;
}

/**
 * Core's message in the form's words: "fill in" for a missing answer, and otherwise core's own
 * explanation with the field named by its label on the page.
 */
export function issueMessage(t: LetterDictionary, issue: InputIssue): string {
  const field = issueField(issue.path);
  const label = fieldLabel(t, field);
  if (issue.code === 'required') {
    return choiceFields.has(field) ? t.choiceRequired(label) : t.fieldRequired(label);
  }
  return issue.message.replace(/”[^”]*”|‘[^’]*’/, (quoted) =>
    quoted.startsWith('”') ? `”${label}”` : `‘${label}’`,
  );
}
