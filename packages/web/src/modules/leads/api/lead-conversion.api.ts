import { api } from '../../../api/client.ts';
import type { DuplicateCandidate } from '../../duplicates/api/duplicates.api.ts';
import type { RecordData } from '../../records/api/records.api.ts';

/** What converting a lead would merge into, and what the viewer may create. */
export interface ConversionPreview {
  lead: RecordData;
  converted: boolean;
  accounts: DuplicateCandidate[];
  contacts: DuplicateCandidate[];
  may: { createAccount: boolean; createContact: boolean; createOpportunity: boolean };
}

export interface ConversionChoice {
  version?: number;
  account: { mode: 'new'; name?: string } | { mode: 'existing'; id: number };
  contact: { mode: 'new' } | { mode: 'existing'; id: number } | { mode: 'none' };
  opportunity?: { name: string; amount?: string | null; closeDate?: string | null } | null;
}

export interface ConversionResult {
  lead: RecordData;
  account: RecordData;
  contact: RecordData | null;
  opportunity: RecordData | null;
}

export const leadConversionApi = {
  preview: (leadId: number) => api.get<ConversionPreview>(`/leads/${leadId}/conversion`),
  convert: (leadId: number, choice: ConversionChoice) =>
    api.post<ConversionResult>(`/leads/${leadId}/convert`, choice),
};
