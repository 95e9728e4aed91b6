import { assessPosition, validateLetterInput } from '@rescind/core/letter';
import { describe, expect, it } from 'vitest';
import { emptyValues, type FormValues, toRawInput } from './form-values.ts';
import { positionFor } from './position.ts';

const law: FormValues = {
  ...emptyValues(),
  startDate: '2099-03-01',
  acceptance: 'signed',
  contractType: 'permanent',
  trialPeriod: 'no',
};

describe('where the person stands, before the letter is complete', () => {
  it('waits for a valid start date', () => {
    expect(positionFor(emptyValues(), 'sv')).toBeNull();
    expect(positionFor({ ...law, startDate: '2099-02-30' }, 'sv')).toBeNull();
  });

  it('needs no name, employer or reason, and matches the letter’s own once those are given', () => {
    const early = positionFor(law, 'nl');
    expect(early?.outcome).toBe('notice-ends-before-start');
    const complete: FormValues = {
      ...law,
      'applicant.name': 'Sanne de Vries',
      'recipient.company': 'Polderlicht BV',
      position: 'projectleider',
      reason: 'career',
    };
    const checked = validateLetterInput(toRawInput(complete, 'nl'));
    expect(checked.success).toBe(true);
    if (!checked.success) return;
    expect(early).toEqual(assessPosition(checked.data));
  });

  it('is not hidden by a mistake in an answer the law does not read', () => {
    expect(positionFor({ ...law, acceptedOn: 'gisteren', place: 'a\u202eb' }, 'sv')).not.toBeNull();
  });

  it('waits while a month count is not one core can count with', () => {
    expect(positionFor({ ...law, noticeMonths: '13' }, 'sv')).toBeNull();
  });
});
