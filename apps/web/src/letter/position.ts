import type { Locale } from '@rescind/core';
import { assessPosition, type Position, validateLetterInput } from '@rescind/core/letter';
import { type FormValues, toRawInput } from './form-values.ts';

/**
 * Stand-ins for the answers that make a letter but not a legal position. Someone who follows the
 * guide's step 2 here wants to know where they stand before typing their name and the employer's;
 * core's assessment reads only the law's answers, the start date, the channel and today.
 */
const letterOnly = {
  applicant: { name: 'A' },
  recipient: { company: 'A' },
  position: 'A',
  reason: 'career',
  formality: 'formal',
  channel: 'email',
} as const;

/**
 * Where the person stands, as soon as the answers the law needs are valid: the letter's own when
 * it could be written, else core's assessment of the law's answers alone. `null` until then.
 */
export function positionFor(values: FormValues, locale: Locale): Position | null {
  const raw = toRawInput(values, locale);
  const { applicant: _a, recipient: _r, position: _p, reason: _s, reasonDetail: _d, ...law } = raw;
  // `acceptedOn` and `place` only shape the letter; a mistake there must not hide the position.
  const { acceptedOn: _o, place: _l, ...facts } = law;
  const checked = validateLetterInput({ ...letterOnly, ...facts }, { locale });
  return checked.success ? assessPosition(checked.data) : null;
}
