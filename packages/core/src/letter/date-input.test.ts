import { describe, expect, it } from 'vitest';
import { normalizeDate } from './date-input.ts';

describe('a date as the person writes it', () => {
  it.each([
    ['nl', '4-1-2027', '2027-01-04'],
    ['nl', '14-12-2026', '2026-12-14'],
    ['nl', '14 december 2026', '2026-12-14'],
    ['nl', '1 mrt 2027', '2027-03-01'],
    ['nl', '2026-12-14', '2026-12-14'],
    ['sv', '2026-12-14', '2026-12-14'],
    ['sv', '14 december 2026', '2026-12-14'],
    ['sv', 'den 3 maj 2027', '2027-05-03'],
    ['sv', '14/12/2026', '2026-12-14'],
    ['sv', '14.12.2026', '2026-12-14'],
  ] as const)('reads %s "%s" as %s', (locale, typed, iso) => {
    expect(normalizeDate(typed, locale)).toBe(iso);
  });

  it('passes on what it cannot read, for core to explain', () => {
    expect(normalizeDate('nästa vecka', 'sv')).toBe('nästa vecka');
    expect(normalizeDate('14 decembre 2026', 'nl')).toBe('14 decembre 2026');
    // A day that does not exist still reaches core, which says so.
    expect(normalizeDate('30-2-2027', 'nl')).toBe('2027-02-30');
  });
});
