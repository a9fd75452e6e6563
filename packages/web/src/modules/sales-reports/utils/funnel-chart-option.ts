import { formatCny, type Locale } from '@lodestar/shared';
import type { EChartsCoreOption } from 'echarts/core';
import type { Funnel, FunnelStage } from '../api/sales-reports.api.ts';

const BOTTLENECK = '#ff4d4f';
const STAGE_COLOURS = ['#1677ff', '#4096ff', '#69b1ff', '#91caff', '#bae0ff', '#d6e4ff'];
const WON = '#52c41a';

export interface FunnelChartTexts {
  /** Label inside a band: the stage and how many entered it. */
  band: (stage: FunnelStage) => string;
  /** Tooltip lines of a stage. */
  tooltip: (stage: FunnelStage, amount: string) => string[];
}

/**
 * The funnel of the open stages and the won stage in pipeline order, each band as wide as the number of
 * opportunities that entered the stage in the period (which narrows stage by stage as they drop out); the
 * bottleneck stage in red. Amounts are formatted only, never computed with.
 */
export function funnelChartOption(
  funnel: Funnel,
  locale: Locale,
  texts: FunnelChartTexts,
): EChartsCoreOption {
  const stages = funnel.stages.filter((stage) => stage.kind !== 'lost');
  const max = Math.max(1, ...stages.map((stage) => stage.entered));
  const byName = new Map(stages.map((stage) => [stage.name, stage]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string }) => {
        const stage = byName.get(params.name);
        return stage
          ? [`<b>${stage.name}</b>`, ...texts.tooltip(stage, formatCny(stage.amount, { locale }))].join(
              '<br/>',
            )
          : '';
      },
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '14%',
        left: '6%',
        width: '88%',
        top: 8,
        bottom: 8,
        gap: 3,
        label: {
          show: true,
          position: 'inside',
          color: '#fff',
          formatter: (params: { name: string }) => {
            const stage = byName.get(params.name);
            return stage ? texts.band(stage) : params.name;
          },
        },
        data: stages.map((stage, index) => ({
          name: stage.name,
          value: stage.entered,
          itemStyle: {
            color: stage.bottleneck
              ? BOTTLENECK
              : stage.kind === 'won'
                ? WON
                : STAGE_COLOURS[index % STAGE_COLOURS.length],
          },
          label: index >= 3 && !stage.bottleneck && stage.kind !== 'won' ? { color: '#1f1f1f' } : undefined,
        })),
      },
    ],
  };
}
