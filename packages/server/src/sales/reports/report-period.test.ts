import { describe, expect, it } from 'vitest';
import { monthRangeOf, monthsOf, nextMonth, quarterOf, yearOf } from './report-period.ts';

describe('report periods', () => {
  it('walks months and names quarters', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(monthsOf({ from: '2026-11', to: '2027-02' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(['2026-01', '2026-03', '2026-04', '2026-12'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
    ]);
  });

  it('takes the year in the company’s time zone', () => {
    expect(yearOf(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toEqual({
      from: '2027-01',
      to: '2027-12',
    });
  });

  it('completes open bounds and refuses inverted or overlong periods', () => {
    expect(monthRangeOf(undefined, undefined, null, 12)).toBeNull();
    expect(monthRangeOf('2026-03', undefined, null, 12)).toEqual({ from: '2026-03', to: '2026-03' });
    expect(monthRangeOf(undefined, '2026-05', { from: '2026-01', to: '2026-12' }, 12)).toEqual({
      from: '2026-01',
      to: '2026-05',
    });
    expect(() => monthRangeOf('2026-05', '2026-04', null, 12)).toThrow('report.period_inverted');
    expect(() => monthRangeOf('2020-01', '2026-04', null, 12)).toThrow('report.period_too_long');
  });
});
