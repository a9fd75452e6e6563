import type { RELATIVE_DATE_PERIODS } from '@lodestar/shared';
import { describe, expect, it } from 'vitest';
import { relativePeriodBounds } from './relative-period.ts';

const SHANGHAI = 'Asia/Shanghai';
const bounds = (relative: string, nowIso: string, timeZone = SHANGHAI, n?: number) =>
  relativePeriodBounds(
    { relative: relative as (typeof RELATIVE_DATE_PERIODS)[number], ...(n ? { n } : {}) },
    new Date(nowIso),
    timeZone,
  );

describe('relative date periods', () => {
  it('takes "today" from the time zone, not from UTC, around midnight UTC+8', () => {
    // 23:59:59.999 on 31 March in Shanghai, 15:59 UTC.
    expect(bounds('today', '2024-03-31T15:59:59.999Z')).toEqual({
      firstDay: '2024-03-31',
      lastDay: '2024-03-31',
      start: '2024-03-30T16:00:00.000Z',
      end: '2024-03-31T16:00:00.000Z',
    });
    // 00:00 on 1 April in Shanghai, still 31 March in UTC.
    expect(bounds('today', '2024-03-31T16:00:00.000Z').firstDay).toBe('2024-04-01');
    expect(bounds('today', '2024-03-31T16:00:00.000Z', 'UTC').firstDay).toBe('2024-03-31');
  });

  it('starts weeks on Monday', () => {
    // Sunday 14 April 2024, 23:30 in Shanghai.
    expect(bounds('thisWeek', '2024-04-14T15:30:00.000Z')).toMatchObject({
      firstDay: '2024-04-08',
      lastDay: '2024-04-14',
    });
    // Monday 15 April 2024, 00:30 in Shanghai.
    const monday = bounds('thisWeek', '2024-04-14T16:30:00.000Z');
    expect(monday).toMatchObject({
      firstDay: '2024-04-15',
      lastDay: '2024-04-21',
      start: '2024-04-14T16:00:00.000Z',
    });
    expect(bounds('lastWeek', '2024-04-14T16:30:00.000Z')).toMatchObject({
      firstDay: '2024-04-08',
      lastDay: '2024-04-14',
    });
    expect(bounds('nextWeek', '2024-04-14T16:30:00.000Z')).toMatchObject({
      firstDay: '2024-04-22',
      lastDay: '2024-04-28',
    });
  });

  it('computes months, including February of a leap year and January going back a year', () => {
    expect(bounds('thisMonth', '2024-02-15T00:00:00.000Z')).toMatchObject({
      firstDay: '2024-02-01',
      lastDay: '2024-02-29',
    });
    expect(bounds('lastMonth', '2024-01-10T00:00:00.000Z')).toMatchObject({
      firstDay: '2023-12-01',
      lastDay: '2023-12-31',
    });
    // 00:00 on 1 March in Shanghai is still February in UTC.
    expect(bounds('thisMonth', '2024-02-29T16:00:00.000Z')).toMatchObject({
      firstDay: '2024-03-01',
      lastDay: '2024-03-31',
      start: '2024-02-29T16:00:00.000Z',
      end: '2024-03-31T16:00:00.000Z',
    });
  });

  it('computes quarters and years across their boundaries', () => {
    // 1 July 2024, 00:00 in Shanghai.
    expect(bounds('thisQuarter', '2024-06-30T16:00:00.000Z')).toMatchObject({
      firstDay: '2024-07-01',
      lastDay: '2024-09-30',
    });
    expect(bounds('lastQuarter', '2024-06-30T16:00:00.000Z')).toMatchObject({
      firstDay: '2024-04-01',
      lastDay: '2024-06-30',
    });
    // 30 June 2024, 23:59:59.999 in Shanghai.
    expect(bounds('thisQuarter', '2024-06-30T15:59:59.999Z')).toMatchObject({
      firstDay: '2024-04-01',
      lastDay: '2024-06-30',
    });
    expect(bounds('lastQuarter', '2024-02-01T00:00:00.000Z')).toMatchObject({
      firstDay: '2023-10-01',
      lastDay: '2023-12-31',
    });
    // 1 January 2025, 00:00 in Shanghai.
    expect(bounds('thisYear', '2024-12-31T16:00:00.000Z')).toMatchObject({
      firstDay: '2025-01-01',
      lastDay: '2025-12-31',
      start: '2024-12-31T16:00:00.000Z',
      end: '2025-12-31T16:00:00.000Z',
    });
    expect(bounds('lastYear', '2024-12-31T16:00:00.000Z')).toMatchObject({
      firstDay: '2024-01-01',
      lastDay: '2024-12-31',
    });
  });

  it('counts last and next N days including today', () => {
    expect(bounds('lastNDays', '2024-03-02T02:00:00.000Z', SHANGHAI, 7)).toMatchObject({
      firstDay: '2024-02-25',
      lastDay: '2024-03-02',
    });
    expect(bounds('nextNDays', '2024-02-28T02:00:00.000Z', SHANGHAI, 3)).toMatchObject({
      firstDay: '2024-02-28',
      lastDay: '2024-03-01',
    });
    expect(bounds('yesterday', '2024-03-01T02:00:00.000Z')).toMatchObject({
      firstDay: '2024-02-29',
      lastDay: '2024-02-29',
    });
    expect(bounds('tomorrow', '2024-12-31T02:00:00.000Z')).toMatchObject({
      firstDay: '2025-01-01',
      lastDay: '2025-01-01',
    });
  });

  it('follows daylight saving time where the zone has it', () => {
    // New York moves to summer time on 10 March 2024: that day is 23 hours long.
    const day = bounds('today', '2024-03-10T12:00:00.000Z', 'America/New_York');
    expect(day).toMatchObject({ start: '2024-03-10T05:00:00.000Z', end: '2024-03-11T04:00:00.000Z' });
  });
});
