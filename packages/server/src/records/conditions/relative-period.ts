import type { RelativeDateValue } from '@lodestar/shared';
import { type CivilDay, civilDayIn, DAY_MS, startOfDayIn } from '../../platform/time/zoned-time.ts';

/**
 * Relative date periods ("this month", "last 7 days") turned into concrete bounds, computed once in JS
 * from `now` and a time zone, so that the SQL compiler and the in-memory evaluator compare against the very
 * same values and tests are deterministic. Weeks start on Monday; quarters are Jan–Mar, Apr–Jun, …
 */

/** The bounds of a period: as calendar days for date fields, as instants for datetime fields. */
export interface PeriodBounds {
  /** First day of the period, `YYYY-MM-DD` (inclusive). */
  firstDay: string;
  /** Last day of the period, `YYYY-MM-DD` (inclusive). */
  lastDay: string;
  /** Start of the first day in the time zone, ISO-8601 UTC (inclusive). */
  start: string;
  /** Start of the day after the last one in the time zone, ISO-8601 UTC (exclusive). */
  end: string;
}

/** The bounds of a relative period around `now`, as seen in `timeZone` (an IANA name). */
export function relativePeriodBounds(value: RelativeDateValue, now: Date, timeZone: string): PeriodBounds {
  const today = civilDayIn(now, timeZone);
  const [first, endExclusive] = periodDays(value, today);
  return {
    firstDay: formatDay(first),
    lastDay: formatDay(endExclusive - DAY_MS),
    start: new Date(startOfDayIn(first, timeZone)).toISOString(),
    end: new Date(startOfDayIn(endExclusive, timeZone)).toISOString(),
  };
}

/** The first day of the period and the day after its last. */
function periodDays(value: RelativeDateValue, today: CivilDay): [CivilDay, CivilDay] {
  const date = new Date(today);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const monday = today - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  const quarterMonth = month - (month % 3);
  const n = value.n ?? 1;
  switch (value.relative) {
    case 'today':
      return [today, today + DAY_MS];
    case 'yesterday':
      return [today - DAY_MS, today];
    case 'tomorrow':
      return [today + DAY_MS, today + 2 * DAY_MS];
    case 'thisWeek':
      return [monday, monday + 7 * DAY_MS];
    case 'lastWeek':
      return [monday - 7 * DAY_MS, monday];
    case 'nextWeek':
      return [monday + 7 * DAY_MS, monday + 14 * DAY_MS];
    case 'thisMonth':
      return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
    case 'lastMonth':
      return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
    case 'thisQuarter':
      return [Date.UTC(year, quarterMonth, 1), Date.UTC(year, quarterMonth + 3, 1)];
    case 'lastQuarter':
      return [Date.UTC(year, quarterMonth - 3, 1), Date.UTC(year, quarterMonth, 1)];
    case 'thisYear':
      return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
    case 'lastYear':
      return [Date.UTC(year - 1, 0, 1), Date.UTC(year, 0, 1)];
    case 'lastNDays':
      return [today - (n - 1) * DAY_MS, today + DAY_MS];
    case 'nextNDays':
      return [today, today + n * DAY_MS];
  }
}

function formatDay(day: CivilDay): string {
  return new Date(day).toISOString().slice(0, 10);
}
