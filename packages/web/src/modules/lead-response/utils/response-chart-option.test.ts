import { describe, expect, it } from 'vitest';
import type { LeadResponseReport } from '../api/lead-response.api.ts';
import { durationAxis, responseChartOption } from './response-chart-option.ts';

const group = (key: string, medianMinutes: number | null, withinTargetShare: number | null) => ({
  key,
  label: key,
  leads: 4,
  answered: 3,
  withinTarget: 2,
  breached: 1,
  withinTargetShare,
  medianMinutes,
  p90Minutes: medianMinutes,
});

describe('lead response chart', () => {
  it('steps its minutes axis by round durations, at most five steps', () => {
    expect(durationAxis(4)).toEqual({ interval: 1, max: 4 });
    expect(durationAxis(45)).toEqual({ interval: 10, max: 50 });
    expect(durationAxis(136)).toEqual({ interval: 30, max: 150 });
    expect(durationAxis(480)).toEqual({ interval: 120, max: 480 });
    expect(durationAxis(1441)).toEqual({ interval: 360, max: 1440 + 360 });
    expect(durationAxis(10_000)).toEqual({ interval: 2880, max: 11_520 });
    expect(durationAxis(0)).toBeUndefined();
  });

  it('words the median in durations on its axis and in the tooltip, the share in percent', () => {
    const groups: LeadResponseReport['groups'] = [group('王芳', 136, 0.5), group('李雷', null, null)];
    const option = responseChartOption(groups, { share: 'In time', median: 'Median' }, (m) => `${m}m`) as {
      yAxis: Array<{ max?: number; axisLabel: { formatter: unknown } }>;
      series: Array<{ data: unknown[]; tooltip: { valueFormatter: (value: unknown) => string } }>;
    };
    const minutesAxis = option.yAxis[1]!;
    expect(minutesAxis.max).toBe(150);
    expect((minutesAxis.axisLabel.formatter as (value: number) => string)(60)).toBe('60m');
    const [share, median] = option.series;
    expect(share!.data).toEqual([50, null]);
    expect(median!.data).toEqual([136, null]);
    expect([50, null].map(share!.tooltip.valueFormatter)).toEqual(['50%', '—']);
    expect([136, null].map(median!.tooltip.valueFormatter)).toEqual(['136m', '—']);
  });
});
