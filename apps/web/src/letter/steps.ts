import type { FieldName } from './form-values.ts';

/**
 * The letter flow, one question page at a time, then the answers to check and the result. The
 * URL says which (`?step=you`), so the browser's back button and a shared link both work.
 */
export const steps = [
  'situation',
  'position',
  'you',
  'employer',
  'job',
  'check',
  'result',
] as const;
export type Step = (typeof steps)[number];
export type QuestionStep = Exclude<Step, 'check' | 'result'>;
export const questionSteps = steps.filter(
  (step): step is QuestionStep => step !== 'check' && step !== 'result',
);

/** The fields each question page asks, in the order it asks them. */
export const stepFields: Record<QuestionStep, readonly FieldName[]> = {
  situation: ['channel', 'reason', 'reasonDetail', 'formality', 'counterOffer', 'keepDoorOpen'],
  // The dates first: the law's answer depends on the start date more than on anything else.
  position: [
    'acceptedOn',
    'startDate',
    'acceptance',
    'essentialsAgreed',
    'contractType',
    'earlyTerminationClause',
    'trialPeriod',
    'trialMonths',
    'noticeMonths',
    'collectiveAgreement',
    'stateEmployer',
    'resignedCurrentJob',
  ],
  you: ['applicant.name', 'applicant.email', 'applicant.phone', 'applicant.address', 'place'],
  employer: [
    'recipient.company',
    'recipient.name',
    'recipient.greetingName',
    'recipient.salutation',
    'recipient.title',
    'recipient.email',
    'recipient.address',
  ],
  job: ['position'],
};

/** The question page that asks a field. */
export function stepOf(field: FieldName): QuestionStep {
  return questionSteps.find((step) => stepFields[step].includes(field)) ?? 'situation';
}

/** The step a URL names, or the first. */
export function stepFromSearch(search: string): Step {
  const value = new URLSearchParams(search).get('step');
  return steps.find((step) => step === value) ?? 'situation';
}

export function nextStep(step: Step): Step {
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)] ?? 'result';
}

export function previousStep(step: Step): Step {
  return steps[Math.max(steps.indexOf(step) - 1, 0)] ?? 'situation';
}

/** The URL of a step, keeping the page's own path. */
export function stepHref(step: Step, hash = ''): string {
  return `?step=${step}${hash}`;
}
