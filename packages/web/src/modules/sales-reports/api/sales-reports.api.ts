import { api } from '../../../api/client.ts';
import type { StageKind } from '../../pipelines/api/pipelines.api.ts';

/** Who and when a report covers; every filter narrows the viewer's own data scope. */
export interface ReportFilter {
  pipelineId?: number | undefined;
  ownerId?: number | undefined;
  departmentId?: number | undefined;
  /** `YYYY-MM`, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface FunnelStage {
  id: number;
  name: string;
  kind: StageKind;
  position: number;
  probability: number | null;
  targetConversion: number | null;
  expectedDaysMin: number | null;
  expectedDaysMax: number | null;
  count: number;
  amount: string;
  entered: number;
  advanced: number;
  lost: number;
  conversion: number | null;
  averageDays: number | null;
  deviation: number | null;
  deviationReason: 'conversion' | 'duration' | null;
  bottleneck: boolean;
}

export interface Funnel {
  pipeline: { id: number; name: string };
  period: { from: string; to: string } | null;
  stages: FunnelStage[];
  bottleneck: { stageId: number; reason: 'conversion' | 'duration'; deviation: number } | null;
  totals: {
    openCount: number;
    openAmount: string;
    wonCount: number;
    wonAmount: string;
    lostCount: number;
    lostAmount: string;
    winRate: number | null;
  };
}

export interface ForecastSums {
  closedWon: string;
  weighted: string;
  bestCase: string;
  commit: string;
  openCount: number;
  wonCount: number;
}

export interface Forecast {
  period: { from: string; to: string };
  pipelineId: number | null;
  months: Array<ForecastSums & { month: string }>;
  quarters: Array<ForecastSums & { quarter: string }>;
  owners: Array<
    ForecastSums & {
      owner: { id: number; name: string } | null;
      department: { id: number; name: string } | null;
    }
  >;
  departments: Array<ForecastSums & { department: { id: number; name: string } | null }>;
  totals: ForecastSums;
}

export const SALES_REPORTS_QUERY_KEY = ['sales-reports'] as const;

export const salesReportsApi = {
  funnel: (filter: ReportFilter) => api.get<Funnel>('/reports/funnel', { query: { ...filter } }),
  forecast: (filter: ReportFilter) => api.get<Forecast>('/reports/forecast', { query: { ...filter } }),
};
