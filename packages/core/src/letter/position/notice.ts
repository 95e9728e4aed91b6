import { mistake } from '../../developer-errors.ts';
import { readIsoDate } from '../dates.ts';

/**
 * The notice arithmetic of ../../../../../shared/law.md, on ISO dates. Calendar dates only: UTC
 * keeps time zones and daylight saving out of it.
 */

function parts(iso: string): { year: number; month: number; day: number } {
  const date = readIsoDate(iso);
  if (!date)
    throw new RangeError(mistake('assessPosition', 'the date', "an ISO date ('YYYY-MM-DD')", iso));
  return date;
}

/** A UTC date; months past 12 roll into the next year and day 0 is the previous month's last. */
function utc(year: number, month: number, day: number): Date {
  // setUTCFullYear, not Date.UTC: that one reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function toIso(year: number, month: number, day: number): string {
  const date = utc(year, month, day);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The number of days in a month (1–12), leap years included. */
function daysIn(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/**
 * Sweden: the day the employer receives the notice plus `months` calendar months; the same date,
 * or the month's last day when it has no such date (31 January + 1 month = 28 or 29 February).
 */
export function addMonthsClamped(iso: string, months: number): string {
  const { year, month, day } = parts(iso);
  const target = utc(year, month + months, 1);
  const y = target.getUTCFullYear();
  const m = target.getUTCMonth() + 1;
  return toIso(y, m, Math.min(day, daysIn(y, m)));
}

/**
 * The Netherlands (BW 7:672 lid 1): notice given on day D runs from the first day of the next
 * month and ends on the last day of the `months`-th month from there (13 July + 1 month = 31
 * August, Juridisch Loket's example).
 */
export function endOfMonthNotice(iso: string, months: number): string {
  const { year, month } = parts(iso);
  // Day 0 of the month after the last notice month is that month's last day.
  return toIso(year, month + months + 1, 0);
}

/** The last day of the month `iso` falls in. */
export function endOfMonth(iso: string): string {
  const { year, month } = parts(iso);
  return toIso(year, month + 1, 0);
}
