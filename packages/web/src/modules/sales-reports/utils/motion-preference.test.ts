import { describe, expect, it } from 'vitest';
import { withMotionPreference } from './motion-preference.ts';

describe('chart motion', () => {
  it('draws charts without animations for those who asked for less motion', () => {
    const option = { xAxis: { type: 'category' }, series: [] };
    expect(withMotionPreference(option, true)).toEqual({ ...option, animation: false });
    expect(withMotionPreference(option, false)).toBe(option);
  });
});
