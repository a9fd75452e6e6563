import { formatCny, type Locale } from '@lodestar/shared';
import type { EChartsCoreOption } from 'echarts/core';
import type { Funnel } from '../api/sales-reports.api.ts';

const BOTTLENECK = '#ff4d4f';
const STAGE_COLOURS = ['#1677ff', '#4096ff', '#69b1ff', '#91caff', '#bae0ff', '#d6e4ff'];
const WON = '#52c41a';

/**
 * The funnel chart of the open stages and the won stage, in pipeline order (not re-sorted), width by count,
 * labelled with count and amount in 万; the bottleneck stage in red. Amounts become numbers only for the
 * label's display, never for arithmetic.
 */
export function funnelChartOption(
  funnel: Funnel,
  locale: Locale,
  countLabel: (count: number) => string,
): EChartsCoreOption {
  const stages = funnel.stages.filter((stage) => stage.kind !== 'lost');
  const max = Math.max(1, ...stages.map((stage) => stage.count));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string; data: { count: number; amount: string } }) =>
        `${params.name}<br/>${countLabel(params.data.count)} · ${formatCny(params.data.amount, { locale })}`,
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '12%',
        left: '8%',
        width: '84%',
        gap: 3,
        label: {
          show: true,
          position: 'inside',
          formatter: (params: { name: string; data: { count: number; amount: string } }) =>
            `${params.name}  ${params.data.count} · ${formatCny(params.data.amount, { locale, compact: true })}`,
        },
        data: stages.map((stage, index) => ({
          name: stage.name,
          // A stage with no opportunity still shows as a thin band, so the funnel keeps its shape.
          value: Math.max(stage.count, max * 0.02),
          count: stage.count,
          amount: stage.amount,
          itemStyle: {
            color: stage.bottleneck
              ? BOTTLENECK
              : stage.kind === 'won'
                ? WON
                : STAGE_COLOURS[index % STAGE_COLOURS.length],
          },
        })),
      },
    ],
  };
}
