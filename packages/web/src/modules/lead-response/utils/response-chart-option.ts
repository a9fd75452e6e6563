import type { EChartsCoreOption } from 'echarts/core';
import type { LeadResponseReport } from '../api/lead-response.api.ts';

/** Tick steps of a minutes axis that read as round durations: a few minutes, then whole hours. */
const DURATION_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720, 1440];
const MAX_TICKS = 5;
const EMPTY = '—';

/**
 * The tick step and top of a minutes axis reaching `maxMinutes`: at most five steps, each a round duration
 * (30 min, 2 h …), so its labels read "2 h", "4 h" rather than "100 min"; none for an empty axis.
 * @example durationAxis(480) // { interval: 120, max: 480 }
 */
export function durationAxis(maxMinutes: number): { interval: number; max: number } | undefined {
  if (!(maxMinutes > 0)) return undefined;
  const day = DURATION_STEPS[DURATION_STEPS.length - 1]!;
  const interval =
    DURATION_STEPS.find((step) => maxMinutes / step <= MAX_TICKS) ??
    Math.ceil(maxMinutes / MAX_TICKS / day) * day;
  return { interval, max: Math.ceil(maxMinutes / interval) * interval };
}

/**
 * Bars of the share answered within the target per group, with the median response time as a second bar;
 * `duration` words the minutes on its axis and in the tooltip (see `formatDuration`).
 */
export function responseChartOption(
  groups: LeadResponseReport['groups'],
  labels: { share: string; median: string },
  duration: (minutes: number) => string,
): EChartsCoreOption {
  const medians = groups.map((group) => group.medianMinutes);
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.share, labels.median], bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: groups.map((group) => group.label),
      axisLabel: { interval: 0, rotate: groups.length > 8 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      {
        type: 'value',
        min: 0,
        ...durationAxis(Math.max(0, ...medians.map((minutes) => minutes ?? 0))),
        // Its steps are round durations, not the share axis's fifths: their grid lines would not meet.
        splitLine: { show: false },
        axisLabel: { formatter: (minutes: number) => duration(minutes) },
      },
    ],
    series: [
      {
        name: labels.share,
        type: 'bar',
        data: groups.map((group) =>
          group.withinTargetShare === null ? null : Math.round(group.withinTargetShare * 1000) / 10,
        ),
        itemStyle: { color: '#1f4fd8' },
        tooltip: { valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : EMPTY) },
      },
      {
        name: labels.median,
        type: 'bar',
        yAxisIndex: 1,
        data: medians,
        itemStyle: { color: '#f5a623' },
        tooltip: {
          valueFormatter: (value: unknown) => (typeof value === 'number' ? duration(value) : EMPTY),
        },
      },
    ],
  };
}
