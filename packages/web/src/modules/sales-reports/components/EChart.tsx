import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { loadECharts } from '../utils/load-echarts.ts';
import { prefersReducedMotion, withMotionPreference } from '../utils/motion-preference.ts';

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  label: string;
}

/**
 * An ECharts chart in a div: created once ECharts has loaded, given each new option whole (not animated for
 * users who prefer reduced motion), resized with its container, disposed with the component.
 */
export function EChart({ option, height, label }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(element);
    void loadECharts().then((echarts) => {
      if (disposed) return;
      chart.current = echarts.init(element);
      chart.current.setOption(withMotionPreference(latest.current, prefersReducedMotion()));
    });
    return () => {
      disposed = true;
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withMotionPreference(option, prefersReducedMotion()), { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
