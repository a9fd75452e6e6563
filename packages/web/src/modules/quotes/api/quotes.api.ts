import { api, apiDownload } from '../../../api/client.ts';
import type { RecordData } from '../../records/api/records.api.ts';

export type QuoteStatus =
  | 'draft'
  | 'pendingApproval'
  | 'approved'
  | 'sent'
  | 'accepted'
  | 'rejected'
  | 'expired';

export type QuoteAction = 'submit' | 'approve' | 'return' | 'send' | 'accept' | 'reject' | 'revise';

/** Where a quote stands for the viewer: status, the discount rule and the actions they may take now. */
export interface QuoteWorkflow {
  status: QuoteStatus;
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

/** A line as a sent revision froze it (amounts in 元 as decimal strings). */
export interface QuoteRevisionLine {
  name: string;
  unit: string | null;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxPercent: string;
  totalAmount: string;
}

export interface QuoteRevisionDetail extends QuoteRevision {
  snapshot: {
    number: string;
    name: string;
    quoteDate: string | null;
    validUntil: string | null;
    account: { id: number; name: string } | null;
    contact: { id: number; name: string } | null;
    lines: QuoteRevisionLine[];
    totals: Record<string, string>;
  };
}

export interface QuoteSettings {
  discountApprovalThreshold: string;
  defaultValidityDays: number;
}

export interface NewQuoteInput {
  name?: string;
  validUntil?: string;
}

export const quotesApi = {
  workflow: (id: number) => api.get<QuoteWorkflow>(`/quotes/${id}/workflow`),
  act: (id: number, action: QuoteAction, version: number) =>
    api.post<RecordData>(`/quotes/${id}/${action}`, {}, { headers: { 'If-Match': `"${version}"` } }),
  revisions: (id: number) => api.get<{ items: QuoteRevision[] }>(`/quotes/${id}/revisions`),
  revision: (id: number, revision: number) =>
    api.get<QuoteRevisionDetail>(`/quotes/${id}/revisions/${revision}`),
  fromOpportunity: (opportunityId: number, input: NewQuoteInput) =>
    api.post<RecordData>(`/opportunities/${opportunityId}/quotes`, input),
  settings: () => api.get<QuoteSettings>('/quote-settings'),
  updateSettings: (input: Partial<QuoteSettings>) => api.patch<QuoteSettings>('/quote-settings', input),
  /** The sent revision's PDF once sent (else a preview of the draft), or one revision's, in the UI language. */
  downloadPdf: (id: number, revision?: number) =>
    apiDownload(revision ? `/quotes/${id}/revisions/${revision}/pdf` : `/quotes/${id}/pdf`, {}),
};

export const QUOTES_QUERY_KEY = ['quotes'] as const;
export const quoteWorkflowKey = (id: number, version: number) =>
  [...QUOTES_QUERY_KEY, id, 'workflow', version] as const;
export const quoteRevisionsKey = (id: number) => [...QUOTES_QUERY_KEY, id, 'revisions'] as const;
export const QUOTE_SETTINGS_KEY = [...QUOTES_QUERY_KEY, 'settings'] as const;
