import { validateLetterInput } from '@rescind/core/letter';
import { describe, expect, it } from 'vitest';
import {
  channelFromSearch,
  emptyValues,
  type FormValues,
  fieldId,
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
    expect(restored.contractSigned).toBe(true);
    expect(restored.position).toBe('');
    expect(restored.keepDoorOpen).toBe(true);
    expect(restored).not.toHaveProperty('unknown');
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
