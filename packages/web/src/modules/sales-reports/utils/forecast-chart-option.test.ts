import { describe, expect, it } from 'vitest';
import { axisAmount } from './forecast-chart-option.ts';

describe('forecast chart', () => {
  it('labels the amount axis in whole yuan, compact from 1万 like its neighbours', () => {
    expect([0, 5000, 12_500.4, 35_000, 120_000_000].map((v) => axisAmount(v, 'zh-CN'))).toEqual([
      '¥0',
      '¥5,000',
      '¥1.25万',
      '¥3.5万',
      '¥1.2亿',
    ]);
    expect(axisAmount(500, 'en')).toBe('¥500');
    expect(axisAmount(5000, 'en')).toBe('¥5K');
  });
});
