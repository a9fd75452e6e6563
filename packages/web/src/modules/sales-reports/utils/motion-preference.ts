import type { EChartsCoreOption } from 'echarts/core';

/** Whether the user asked their system for less motion (`prefers-reduced-motion: reduce`). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** A chart's option as the user wants it drawn: without its grow-in animations when they asked for less motion. */
export function withMotionPreference(option: EChartsCoreOption, reduceMotion: boolean): EChartsCoreOption {
  return reduceMotion ? { ...option, animation: false } : option;
}
