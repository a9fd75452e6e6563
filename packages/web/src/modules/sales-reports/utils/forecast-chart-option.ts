import { Decimal, formatCny, type Locale } from '@lodestar/shared';
import type { EChartsCoreOption } from 'echarts/core';
import type { ForecastSums } from '../api/sales-reports.api.ts';

export interface ForecastSeriesNames {
  closedWon: string;
  weighted: string;
  upside: string;
  bestCase: string;
}

/**
 * Stacked bars per month or quarter: closed won, then the weighted open amount, then the best case's upside
 * (best case − weighted), so that a bar's height is closed won + best case and its lower part closed won +
 * weighted. The differences are exact (Decimal); numbers only feed the drawing.
 */
export function forecastChartOption(
  periods: Array<ForecastSums & { label: string }>,
  names: ForecastSeriesNames,
  locale: Locale,
): EChartsCoreOption {
  const value = (amount: Decimal) => Number(amount.toString());
  const upside = (row: ForecastSums) => {
    const difference = Decimal.from(row.bestCase).minus(row.weighted);
    return difference.isNegative() ? Decimal.ZERO : difference;
  };
  const byLabel = new Map(periods.map((row) => [row.label, row]));
  const bar = (name: string, color: string, pick: (row: ForecastSums) => Decimal) => ({
    name,
    type: 'bar',
    stack: 'forecast',
    barMaxWidth: 48,
    itemStyle: { color },
    emphasis: { focus: 'series' },
    data: periods.map((row) => value(pick(row))),
  });
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: Array<{ axisValue: string }>) => {
        const row = byLabel.get(items[0]?.axisValue ?? '');
        if (!row) return '';
        const line = (name: string, amount: string) => `${name}: ${formatCny(amount, { locale })}`;
        return [
          `<b>${row.label}</b>`,
          line(names.closedWon, row.closedWon),
          line(names.weighted, row.weighted),
          line(names.bestCase, row.bestCase),
        ].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: periods.map((row) => row.label) },
    yAxis: {
      type: 'value',
      axisLabel: {
        formatter: (amount: number) => axisAmount(amount, locale),
      },
    },
    series: [
      bar(names.closedWon, '#52c41a', (row) => Decimal.from(row.closedWon)),
      bar(names.weighted, '#1677ff', (row) => Decimal.from(row.weighted)),
      bar(names.upside, '#bae0ff', upside),
    ],
  };
}

/** An axis tick: whole yuan, compact from 1万 (`¥5,000`, `¥1.5万`), never a `.00` beside `¥1万`. */
export function axisAmount(amount: number, locale: Locale): string {
  return formatCny(String(Math.round(amount)), { locale, compact: true }).replace(/\.00$/, '');
}
