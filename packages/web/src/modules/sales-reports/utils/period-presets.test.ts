import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { presetPeriod } from './period-presets.ts';

describe('report period presets', () => {
  const today = dayjs('2026-05-20');

  it('covers whole months', () => {
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-05', to: '2026-05' });
    expect(presetPeriod('thisQuarter', today)).toEqual({ from: '2026-04', to: '2026-06' });
    expect(presetPeriod('thisQuarter', dayjs('2026-12-31'))).toEqual({ from: '2026-10', to: '2026-12' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(presetPeriod('last12Months', today)).toEqual({ from: '2025-06', to: '2026-05' });
    expect(presetPeriod('next12Months', today)).toEqual({ from: '2026-05', to: '2027-04' });
    expect(presetPeriod('allTime', today)).toBeNull();
  });
});
