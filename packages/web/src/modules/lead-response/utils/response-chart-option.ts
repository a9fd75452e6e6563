import type { EChartsCoreOption } from 'echarts/core';
import type { LeadResponseReport } from '../api/lead-response.api.ts';

/** Bars of the share answered within the target per group, with the median response time as a second bar. */
export function responseChartOption(
  groups: LeadResponseReport['groups'],
  labels: { share: string; median: string; minutes: string },
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.share, labels.median], bottom: 0 },
    grid: { left: 48, right: 56, top: 24, bottom: 56 },
    xAxis: {
      type: 'category',
      data: groups.map((group) => group.label),
      axisLabel: { interval: 0, rotate: groups.length > 8 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', min: 0, axisLabel: { formatter: `{value} ${labels.minutes}` } },
    ],
    series: [
      {
        name: labels.share,
        type: 'bar',
        data: groups.map((group) =>
          group.withinTargetShare === null ? null : Math.round(group.withinTargetShare * 1000) / 10,
        ),
        itemStyle: { color: '#1f4fd8' },
      },
      {
        name: labels.median,
        type: 'bar',
        yAxisIndex: 1,
        data: groups.map((group) => group.medianMinutes),
        itemStyle: { color: '#f5a623' },
      },
    ],
  };
}
