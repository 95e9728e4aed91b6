import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../../locales.ts';
import { daysBetween, formatLongDate } from '../dates.ts';
import { generateLetter } from '../generate.ts';
import type { LetterInput } from '../input.ts';
import { assessPosition } from './index.ts';
import { addMonthsClamped, endOfMonth, endOfMonthNotice } from './notice.ts';
import { acceptances, answers, contractTypes } from './types.ts';

describe('Swedish notice: receipt plus whole months', () => {
  it.each([
    ['2026-11-21', 1, '2026-12-21'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-01-29', 1, '2028-02-29'],
    ['2027-01-29', 1, '2027-02-28'],
    ['2027-01-30', 1, '2027-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-02-28', 1, '2026-03-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i month(s) = %s', (from, months, last) => {
    expect(addMonthsClamped(from, months)).toBe(last);
  });
});

describe('Dutch notice: to the end of a calendar month', () => {
  it.each([
    ['2026-07-13', 1, '2026-08-31'],
    ['2026-07-01', 1, '2026-08-31'],
    ['2026-07-31', 1, '2026-08-31'],
    ['2026-11-21', 1, '2026-12-31'],
    ['2026-12-01', 1, '2027-01-31'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-30', 1, '2028-02-29'],
    ['2027-12-15', 2, '2028-02-29'],
    ['2026-08-29', 6, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('notice on %s with %i month(s) ends on %s', (given, months, last) => {
    expect(endOfMonthNotice(given, months)).toBe(last);
  });
});

const dayMs = 86_400_000;
const isoDay = (day: number) =>
  new Date(Date.UTC(2000, 0, 1) + day * dayMs).toISOString().slice(0, 10);
/** Any day from 2000 to 2100: every kind of month end and leap year, 2000 and 2100 included. */
const anyDay = fc.integer({ min: 0, max: 36_890 }).map(isoDay);
const months = fc.integer({ min: 1, max: 12 });

describe('notice arithmetic, for any date', () => {
  it('never ends before it is given, and ends within the months counted', () => {
    fc.assert(
      fc.property(anyDay, months, (given, n) => {
        for (const last of [addMonthsClamped(given, n), endOfMonthNotice(given, n)]) {
          expect(last >= given).toBe(true);
          // n months are at most 31·n days, and the month end adds at most one more month.
          expect(daysBetween(given, last)).toBeLessThanOrEqual(31 * (n + 1));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('Sweden: the same day of the month, or that month’s last day when it has no such day', () => {
    fc.assert(
      fc.property(anyDay, months, (given, n) => {
        const last = addMonthsClamped(given, n);
        const day = Number(given.slice(8));
        const lastDayOfThatMonth = Number(endOfMonth(last).slice(8));
        expect(Number(last.slice(8))).toBe(Math.min(day, lastDayOfThatMonth));
        const monthsApart =
          (Number(last.slice(0, 4)) - Number(given.slice(0, 4))) * 12 +
          Number(last.slice(5, 7)) -
          Number(given.slice(5, 7));
        expect(monthsApart).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('the Netherlands: always a month’s last day, the n-th month after the one notice is given in', () => {
    fc.assert(
      fc.property(anyDay, months, (given, n) => {
        const last = endOfMonthNotice(given, n);
        expect(endOfMonth(last)).toBe(last);
        // The day after the last day is the first of a month.
        expect(isoDay(daysBetween('2000-01-01', last) + 1).slice(8)).toBe('01');
        // At least n whole months run: the day n months on falls within, or on, the last month.
        expect(addMonthsClamped(given, n) <= last).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The law's questions, answered any way or not at all. */
const lawAnswers = fc.record(
  {
    acceptance: fc.constantFrom(...acceptances),
    contractType: fc.constantFrom(...contractTypes),
    earlyTerminationClause: fc.boolean(),
    trialPeriod: fc.constantFrom(...answers),
    trialMonths: months,
    noticeMonths: months,
    collectiveAgreement: fc.constantFrom(...answers),
    essentialsAgreed: fc.constantFrom(...answers),
    stateEmployer: fc.boolean(),
    resignedCurrentJob: fc.boolean(),
  },
  { requiredKeys: [] },
);

const situations = fc
  .record({
    locale: fc.constantFrom(...locales),
    channel: fc.constantFrom('email', 'letter', 'phone', 'meeting' as const),
    today: fc.integer({ min: 9_000, max: 12_000 }),
    // From the start day on: a start date that has passed is refused (it is a resignation then).
    startIn: fc.integer({ min: 0, max: 400 }),
    law: lawAnswers,
  })
  .map(
    ({ locale, channel, today, startIn, law }): LetterInput => ({
      locale,
      channel,
      formality: 'formal',
      applicant: { name: 'Sam Berg' },
      recipient: { company: 'Nordlys AB', name: 'Karin Holm' },
      position: 'projektledare',
      reason: 'career',
      today: isoDay(today),
      startDate: isoDay(today + startIn),
      ...law,
    }),
  );

describe('assessPosition, for any answers', { timeout: 60_000 }, () => {
  it('gives notice today, a last day never before it, in the month shape of the country', () => {
    fc.assert(
      fc.property(situations, (input) => {
        const position = assessPosition(input);
        if (position.noticeGiven) expect(position.noticeGiven).toBe(input.today);
        if (position.lastDay) {
          expect(position.noticeGiven).toBeDefined();
          expect(position.lastDay >= (position.noticeGiven ?? '')).toBe(true);
          if (input.locale === 'nl' && position.outcome !== 'trial-period')
            expect(endOfMonth(position.lastDay)).toBe(position.lastDay);
        }
        const before = position.outcome === 'notice-ends-before-start';
        const after = position.outcome === 'notice-ends-after-start';
        if (before || after) {
          expect(position.lastDay).toBeDefined();
          expect((position.lastDay ?? '') < input.startDate).toBe(before);
        }
        if (position.outcome === 'trial-period') expect(position.lastDay).toBe(input.today);
        expect(position.messages.at(-1)?.code).toBe('not-legal-advice');
        // A date or a word left out shows as a gap before punctuation or a double space.
        for (const text of [...position.messages.map((m) => m.message), position.exposure ?? ''])
          expect(text).not.toMatch(/\s[,.;:)]|\s{2}|\(\s*\)|undefined|NaN/);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the last day in every document that gives notice, and ends nothing where nothing binds', () => {
    fc.assert(
      fc.property(situations, (input) => {
        const { documents, position } = generateLetter(input);
        const written = documents.filter((doc) => doc.kind === 'email' || doc.kind === 'letter');
        if (
          position.outcome === 'notice-ends-before-start' ||
          position.outcome === 'notice-ends-after-start'
        ) {
          const lastDay = formatLongDate(input.locale, position.lastDay ?? '');
          for (const doc of written) expect(doc.text).toContain(lastDay);
        }
        if (position.outcome === 'not-bound')
          for (const doc of written)
            expect(doc.text).not.toMatch(/hierbij op|härmed upp|onderling overleg|ömsesidig/);
      }),
      { numRuns: 300 },
    );
  });
});
