import { api } from '../../../api/client.ts';

export interface HandoverPerson {
  id: number;
  name: string;
}

export interface HandoverPreview {
  from: HandoverPerson;
  to: HandoverPerson | null;
  /** Per object with records of the user: how many move, how many finished ones stay. */
  objects: Array<{ object: string; count: number; staying: number }>;
  total: number;
}

export interface HandoverRequest {
  fromUserId: number;
  toUserId: number;
  includeClosed: boolean;
  objects?: string[];
}

export interface HandoverResult {
  from: HandoverPerson;
  to: HandoverPerson;
  counts: Array<{ object: string; count: number }>;
  total: number;
}

export const handoverApi = {
  preview: (query: { fromUserId: number; toUserId?: number | undefined; includeClosed: boolean }) =>
    api.get<HandoverPreview>('/handovers/preview', { query }),
  handOver: (request: HandoverRequest) => api.post<HandoverResult>('/handovers', request),
};

export const HANDOVER_QUERY_KEY = ['handovers'] as const;
