import { validateLetterInput } from '@rescind/core/letter';
import { describe, expect, it } from 'vitest';
import {
  channelFromSearch,
  emptyValues,
  type FormValues,
  fieldId,
  isAsked,
  need,
  restoreValues,
  toRawInput,
} from './form-values.ts';

const filled: FormValues = {
  ...emptyValues(),
  'applicant.name': 'Åsa Lindqvist',
  'recipient.company': 'Nordljus AB',
  position: 'projektledare',
  reason: 'career',
  startDate: '2099-03-01',
};

describe('the answers core receives', () => {
  it('are nested by field path and validate as a complete letter input', () => {
    const raw = toRawInput(filled, 'sv');
    expect(raw).toMatchObject({
      locale: 'sv',
      channel: 'email',
      formality: 'formal',
      applicant: { name: 'Åsa Lindqvist' },
      recipient: { company: 'Nordljus AB' },
      keepDoorOpen: true,
    });
    expect(validateLetterInput(raw).success).toBe(true);
  });

  it('leave an unchosen choice out, so core reports it as missing in the page’s language', () => {
    const result = validateLetterInput(toRawInput({ ...filled, reason: '' }, 'nl'));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['reason']);
    expect(result.issues[0]?.message).toMatch(/Reden/);
  });

  it('name each problem by the same path as the control that holds it', () => {
    const result = validateLetterInput(toRawInput(emptyValues(), 'sv'));
    expect(result.success).toBe(false);
    if (result.success) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['applicant.name', 'recipient.company', 'position', 'startDate']),
    );
    expect(fieldId('applicant.name')).toBe('field-applicant-name');
  });
});

describe('the law’s questions', () => {
  it('leave core’s answers out until the person gives them', () => {
    const raw = toRawInput(filled, 'sv');
    for (const name of [
      'acceptance',
      'contractType',
      'earlyTerminationClause',
      'trialPeriod',
      'trialMonths',
      'noticeMonths',
      'collectiveAgreement',
      'essentialsAgreed',
    ]) {
      expect(raw, name).not.toHaveProperty(name);
    }
    expect(raw).toMatchObject({ stateEmployer: false, resignedCurrentJob: false });
  });

  it('reach core as its own values: choices as chosen, months as numbers, a clause as yes or no', () => {
    const values: FormValues = {
      ...filled,
      acceptance: 'signed',
      contractType: 'fixed-term',
      earlyTerminationClause: 'no',
      trialPeriod: 'yes',
      trialMonths: ' 6 ',
      noticeMonths: '3',
      collectiveAgreement: 'unknown',
      stateEmployer: true,
      resignedCurrentJob: true,
    };
    const raw = toRawInput(values, 'sv');
    expect(raw).toMatchObject({
      acceptance: 'signed',
      contractType: 'fixed-term',
      earlyTerminationClause: false,
      trialPeriod: 'yes',
      trialMonths: 6,
      noticeMonths: 3,
      collectiveAgreement: 'unknown',
      stateEmployer: true,
      resignedCurrentJob: true,
    });
    const checked = validateLetterInput(raw);
    expect(checked.success).toBe(true);
    expect(toRawInput({ ...values, earlyTerminationClause: 'yes' }, 'sv')).toMatchObject({
      earlyTerminationClause: true,
    });
    // "Don't know" is no answer to a yes-or-no question.
    expect(toRawInput({ ...values, earlyTerminationClause: 'unknown' }, 'sv')).not.toHaveProperty(
      'earlyTerminationClause',
    );
  });

  it('send no answer to a question the form no longer asks', () => {
    const stale: FormValues = {
      ...filled,
      contractType: 'permanent',
      earlyTerminationClause: 'yes',
      trialPeriod: 'no',
      trialMonths: '6',
      acceptance: 'signed',
      essentialsAgreed: 'no',
      stateEmployer: true,
    };
    const raw = toRawInput(stale, 'nl');
    expect(raw).not.toHaveProperty('earlyTerminationClause');
    expect(raw).not.toHaveProperty('trialMonths');
    expect(raw).not.toHaveProperty('essentialsAgreed');
    // A Swedish state employer is a Swedish question.
    expect(raw).not.toHaveProperty('stateEmployer');
    expect(isAsked('stateEmployer', stale, 'sv')).toBe(true);
  });

  it('ask whether the essentials were agreed only in Dutch, and only without a signature', () => {
    const spoken: FormValues = { ...filled, acceptance: 'spoken', essentialsAgreed: 'no' };
    expect(toRawInput(spoken, 'nl')).toMatchObject({ essentialsAgreed: 'no' });
    expect(toRawInput(spoken, 'sv')).not.toHaveProperty('essentialsAgreed');
    expect(isAsked('essentialsAgreed', { ...spoken, acceptance: 'signed' }, 'nl')).toBe(false);
  });

  it('are required where core’s schema requires them, and otherwise optional', () => {
    for (const name of ['applicant.name', 'recipient.company', 'position', 'startDate'] as const) {
      expect(need(name, filled, 'sv'), name).toBe('required');
    }
    expect(need('reasonDetail', filled, 'sv')).toBeNull();
    expect(need('noticeMonths', filled, 'nl')).toBeNull();
  });

  it('let core word a month count that is not a whole number, in the page’s language', () => {
    for (const [typed, code] of [
      ['tre', 'not-a-number'],
      ['2,5', 'not-a-number'],
      ['13', 'months'],
      ['0', 'months'],
    ] as const) {
      const result = validateLetterInput(toRawInput({ ...filled, noticeMonths: typed }, 'nl'));
      expect(result.success, typed).toBe(false);
      if (result.success) continue;
      expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
        ['noticeMonths', code],
      ]);
    }
  });
});

describe('answers restored from the browser', () => {
  it('keep every answer of the right type and drop anything else', () => {
    const restored = restoreValues({
      'applicant.name': 'Sanne de Vries',
      contractSigned: true,
      position: 42,
      keepDoorOpen: 'yes',
      unknown: 'x',
    });
    expect(restored['applicant.name']).toBe('Sanne de Vries');
    // The old "I have signed" box, from before the form asked how the person said yes.
    expect(restored.acceptance).toBe('signed');
    expect(restored.position).toBe('');
    expect(restored.keepDoorOpen).toBe(true);
    expect(restored).not.toHaveProperty('unknown');
  });

  it('keep how the person said yes over the old box, when both were saved', () => {
    expect(restoreValues({ contractSigned: true, acceptance: 'email' }).acceptance).toBe('email');
    expect(restoreValues({ contractSigned: false }).acceptance).toBe('');
    expect(restoreValues({ stateEmployer: true }).stateEmployer).toBe(true);
  });

  it('fall back to a fresh form when storage holds something else entirely', () => {
    expect(restoreValues('corrupt')).toEqual(emptyValues());
    expect(restoreValues(null)).toEqual(emptyValues());
  });
});

describe('a link from the guide', () => {
  it('pre-sets the channel it names, and only a real channel', () => {
    expect(channelFromSearch('?channel=phone')).toBe('phone');
    expect(channelFromSearch('?channel=fax')).toBeNull();
    expect(channelFromSearch('')).toBeNull();
  });
});
