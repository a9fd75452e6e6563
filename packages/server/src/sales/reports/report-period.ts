import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { zonedDateParts } from '../../records/auto-number/zoned-date-parts.ts';
import './reports.messages.ts';

/** A calendar month, `YYYY-MM`: the reports' periods are whole months in the company's time zone. */
export const MonthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('A month, `YYYY-MM`');

/** Months `from` to `to`, both included. */
export interface MonthRange {
  from: string;
  to: string;
}

/** The month after `month`. @example nextMonth('2026-12') === '2027-01' */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Every month of a range, in order. */
export function monthsOf(range: MonthRange): string[] {
  const months: string[] = [];
  for (let month = range.from; month <= range.to; month = nextMonth(month)) months.push(month);
  return months;
}

/** The quarter of a month. @example quarterOf('2026-05') === '2026-Q2' */
export function quarterOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${year}-Q${Math.ceil(number / 3)}`;
}

/** The calendar year of `now` in `timeZone`, as a month range. */
export function yearOf(now: Date, timeZone: string): MonthRange {
  const { year } = zonedDateParts(now, timeZone);
  return { from: `${year}-01`, to: `${year}-12` };
}

/**
 * A range from optional query bounds: both absent is null (all time) when `fallback` is null; one bound
 * alone is completed from the fallback or the other bound. A range ending before it starts, or longer than
 * `maxMonths`, is a 400.
 */
export function monthRangeOf(
  from: string | undefined,
  to: string | undefined,
  fallback: MonthRange | null,
  maxMonths: number,
): MonthRange | null {
  if (from === undefined && to === undefined && fallback === null) return null;
  const range = { from: from ?? fallback?.from ?? to!, to: to ?? fallback?.to ?? from! };
  if (from !== undefined && to === undefined && range.to < range.from) range.to = range.from;
  if (to !== undefined && from === undefined && range.from > range.to) range.from = range.to;
  if (range.from > range.to) {
    throw new AppError(400, 'report.period_inverted', {}, [
      { field: 'from', code: 'report.period_inverted' },
    ]);
  }
  if (monthsOf(range).length > maxMonths) {
    throw new AppError(400, 'report.period_too_long', { months: maxMonths }, [
      { field: 'to', code: 'report.period_too_long', params: { months: maxMonths } },
    ]);
  }
  return range;
}
