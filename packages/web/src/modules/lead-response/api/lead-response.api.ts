import { api } from '../../../api/client.ts';

export interface LeadResponseSettings {
  targetMinutes: number;
  escalate: boolean;
}

export type ResponseGrouping = 'owner' | 'department' | 'source' | 'week';

export interface ResponseFigures {
  leads: number;
  answered: number;
  withinTarget: number;
  breached: number;
  withinTargetShare: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface LeadResponseReport {
  targetMinutes: number;
  total: ResponseFigures;
  groups: Array<ResponseFigures & { key: string; label: string }>;
}

export const LEAD_RESPONSE_SETTINGS_KEY = ['lead-response-settings'] as const;
export const LEAD_RESPONSE_REPORT_KEY = ['reports', 'lead-response'] as const;

export const leadResponseApi = {
  settings: () => api.get<LeadResponseSettings>('/lead-response-settings'),
  updateSettings: (input: Partial<LeadResponseSettings>) =>
    api.patch<LeadResponseSettings>('/lead-response-settings', input),
  report: (query: { groupBy: ResponseGrouping; from?: string; to?: string }) =>
    api.get<LeadResponseReport>('/reports/lead-response', { query }),
};
