import { type CivilDay, civilDayIn, DAY_MS, startOfDayIn } from '../time/zoned-time.ts';
import { type BusinessCalendar, minutesOf } from './business-calendar.schemas.ts';

/** A business calendar in the company's time zone, with its day lists as sets. */
export interface BusinessClock {
  timeZone: string;
  weekdays: ReadonlySet<number>;
  /** Working hours of a working day, as minutes after midnight. */
  hours: ReadonlyArray<readonly [start: number, end: number]>;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** How far ahead a deadline is looked for (a calendar with no working time at all has none). */
const MAX_DAYS = 3 * 366;
const MINUTE_MS = 60_000;

export function businessClock(calendar: BusinessCalendar, timeZone: string): BusinessClock {
  return {
    timeZone,
    weekdays: new Set(calendar.weekdays),
    hours: calendar.hours.map((range) => [minutesOf(range.start), minutesOf(range.end)] as const),
    holidays: new Set(calendar.holidays.map((day) => day.date)),
    workdays: new Set(calendar.workdays.map((day) => day.date)),
  };
}

/** Whether `day` is worked: an adjusted working day is, a holiday is not, else its weekday decides. */
export function isWorkingDay(day: CivilDay, clock: BusinessClock): boolean {
  const date = new Date(day).toISOString().slice(0, 10);
  if (clock.workdays.has(date)) return true;
  if (clock.holidays.has(date)) return false;
  const weekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
  return clock.weekdays.has(weekday);
}

/** The working intervals of a day, as instants `[start, end)`. */
function workingIntervals(day: CivilDay, clock: BusinessClock): Array<[number, number]> {
  if (!isWorkingDay(day, clock)) return [];
  const midnight = startOfDayIn(day, clock.timeZone);
  return clock.hours.map(([start, end]) => [midnight + start * MINUTE_MS, midnight + end * MINUTE_MS]);
}

/**
 * The instant `ms` of business time after `from`: a lead that arrives on Friday at 17:58 with a 5-minute SLA
 * is due on Monday at 9:03 (or later after a holiday). Zero gives the next working moment. Null when the
 * calendar has no working time within three years.
 *
 * @example addBusinessTime(new Date('2026-09-30T09:58:00Z'), 5 * 60_000, clock) // 2026-10-08T01:03:00Z (17:58 before 国庆节 → 9:03 on 8 October)
 */
export function addBusinessTime(from: Date, ms: number, clock: BusinessClock): Date | null {
  let remaining = Math.max(0, ms);
  const cursor = from.getTime();
  let day = civilDayIn(from, clock.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day += DAY_MS) {
    for (const [start, end] of workingIntervals(day, clock)) {
      const begin = Math.max(start, cursor);
      if (begin >= end) continue;
      if (end - begin >= remaining) return new Date(begin + remaining);
      remaining -= end - begin;
    }
  }
  return null;
}

/** The business time between two instants, in milliseconds (0 when `to` is not after `from`). */
export function businessTimeBetween(from: Date, to: Date, clock: BusinessClock): number {
  const first = from.getTime();
  const last = to.getTime();
  if (last <= first) return 0;
  let total = 0;
  const lastDay = civilDayIn(to, clock.timeZone);
  for (let day = civilDayIn(from, clock.timeZone); day <= lastDay; day += DAY_MS) {
    for (const [start, end] of workingIntervals(day, clock)) {
      total += Math.max(0, Math.min(end, last) - Math.max(start, first));
    }
  }
  return total;
}
