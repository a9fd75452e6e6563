import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_CALENDAR } from './business-calendar.schemas.ts';
import { addBusinessTime, businessClock, businessTimeBetween } from './business-time.ts';

const clock = businessClock(DEFAULT_BUSINESS_CALENDAR, 'Asia/Shanghai');
/** An instant given as Shanghai wall time. */
const at = (wall: string) => new Date(`${wall}+08:00`);
const MIN = 60_000;

describe('business time', () => {
  it('counts within the working hours of a working day', () => {
    expect(addBusinessTime(at('2026-12-07T10:00:00'), 5 * MIN, clock)).toEqual(at('2026-12-07T10:05:00'));
    expect(businessTimeBetween(at('2026-12-07T10:00:00'), at('2026-12-07T10:05:00'), clock)).toBe(5 * MIN);
  });

  it('skips the lunch break, the night and the weekend', () => {
    expect(addBusinessTime(at('2026-12-07T11:58:00'), 5 * MIN, clock)).toEqual(at('2026-12-07T13:03:00'));
    expect(addBusinessTime(at('2026-12-04T17:58:00'), 5 * MIN, clock)).toEqual(at('2026-12-07T09:03:00'));
    expect(addBusinessTime(at('2026-12-05T20:00:00'), 5 * MIN, clock)).toEqual(at('2026-12-07T09:05:00'));
    expect(businessTimeBetween(at('2026-12-04T17:58:00'), at('2026-12-07T09:03:00'), clock)).toBe(5 * MIN);
    expect(businessTimeBetween(at('2026-12-07T09:00:00'), at('2026-12-07T18:00:00'), clock)).toBe(
      8 * 60 * MIN,
    );
  });

  it('skips public holidays and counts adjusted working days (调休)', () => {
    // The day before 国庆节: 17:58 + 5 minutes lands after the seven days off, on Thursday 8 October.
    expect(addBusinessTime(at('2026-09-30T17:58:00'), 5 * MIN, clock)).toEqual(at('2026-10-08T09:03:00'));
    // Sunday 20 September is worked.
    expect(addBusinessTime(at('2026-09-19T12:00:00'), 5 * MIN, clock)).toEqual(at('2026-09-20T09:05:00'));
    expect(businessTimeBetween(at('2026-10-01T00:00:00'), at('2026-10-08T00:00:00'), clock)).toBe(0);
  });

  it('answers zero for an empty or backward span and the next working moment for no time at all', () => {
    expect(businessTimeBetween(at('2026-12-07T10:00:00'), at('2026-12-07T09:00:00'), clock)).toBe(0);
    expect(addBusinessTime(at('2026-12-05T10:00:00'), 0, clock)).toEqual(at('2026-12-07T09:00:00'));
  });

  it('finds no deadline in a calendar without working time', () => {
    const never = businessClock(
      { ...DEFAULT_BUSINESS_CALENDAR, weekdays: [], workdays: [] },
      'Asia/Shanghai',
    );
    expect(addBusinessTime(at('2026-12-07T10:00:00'), MIN, never)).toBeNull();
  });

  it('agrees with itself: the time between a start and its deadline is the duration asked for', () => {
    for (let i = 0; i < 200; i++) {
      const start = new Date(
        Date.UTC(2026, 0, 1) + Math.floor(((i * 7919) % 365) * 86_400_000 + ((i * 104_729) % 86_400) * 1000),
      );
      const duration = ((i * 31) % 600) * MIN;
      const due = addBusinessTime(start, duration, clock)!;
      expect(businessTimeBetween(start, due, clock)).toBe(duration);
    }
  });
});
