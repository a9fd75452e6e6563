import { api } from '../../../api/client.ts';

export type StageKind = 'open' | 'won' | 'lost';

/** A stage of a pipeline, as `GET /pipelines` presents it. */
export interface PipelineStage {
  id: number;
  version: number;
  name: string;
  position: number;
  kind: StageKind;
  /** Win probability (%). */
  probability: number | null;
  /** Share (%) expected to move on from the stage. */
  targetConversion: number | null;
  expectedDaysMin: number | null;
  expectedDaysMax: number | null;
  /** Opportunities use it: it cannot be removed nor change its kind. */
  inUse: boolean;
}

export interface Pipeline {
  id: number;
  version: number;
  name: string;
  description: string | null;
  isDefault: boolean;
  active: boolean;
  stages: PipelineStage[];
}

/** A stage of a stage list being saved: an existing one by id and version, or a new one. */
export interface StageInput {
  id?: number;
  version?: number;
  name: string;
  kind: StageKind;
  probability?: number | null;
  targetConversion?: number | null;
  expectedDaysMin?: number | null;
  expectedDaysMax?: number | null;
}

export const PIPELINES_QUERY_KEY = ['pipelines'] as const;

export const pipelinesApi = {
  list: () => api.get<{ items: Pipeline[] }>('/pipelines'),
  create: (input: { name: string; description?: string | null; isDefault?: boolean; stages: StageInput[] }) =>
    api.post<Pipeline>('/pipelines', input),
  saveStages: (pipelineId: number, stages: StageInput[]) =>
    api.put<{ items: PipelineStage[] }>(`/pipelines/${pipelineId}/stages`, { stages }),
};
