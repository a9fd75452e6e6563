/**
 * Apache ECharts with only what the sales reports draw (bar and funnel charts, grid, tooltip, legend, canvas
 * renderer), loaded on first use into a chunk of its own and registered once.
 */
let loading: Promise<typeof import('echarts/core')> | undefined;

export function loadECharts(): Promise<typeof import('echarts/core')> {
  loading ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.BarChart,
      charts.FunnelChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      renderers.CanvasRenderer,
    ]);
    return core;
  })();
  return loading;
}
