import { api, apiDownload } from '../../../api/client.ts';
import type { RecordData } from '../../records/api/records.api.ts';

export type QuoteAction = 'submit' | 'approve' | 'return' | 'send' | 'accept' | 'reject' | 'revise';

export interface QuoteWorkflow {
  status: string;
  revision: number;
  maxDiscount: string;
  threshold: string;
  approvalRequired: boolean;
  actions: QuoteAction[];
}

export interface QuoteRevision {
  revision: number;
  total: string;
  sentAt: string;
  sentBy: { id: number; name: string } | null;
}

export const quotesApi = {
  workflow: (id: number) => api.get<QuoteWorkflow>(`/quotes/${id}/workflow`),
  act: (id: number, action: QuoteAction) => api.post<RecordData>(`/quotes/${id}/${action}`),
  revisions: (id: number) => api.get<{ items: QuoteRevision[] }>(`/quotes/${id}/revisions`),
  fromOpportunity: (opportunityId: number) =>
    api.post<RecordData>(`/opportunities/${opportunityId}/quotes`, {}),
  downloadPdf: (id: number, revision?: number) =>
    apiDownload(revision ? `/quotes/${id}/revisions/${revision}/pdf` : `/quotes/${id}/pdf`, {}),
};
