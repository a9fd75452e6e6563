import { api } from '../../../api/client.ts';

/** Where a lead came from: its source choice, campaign and UTM fields (those the viewer may see). */
export interface LeadOrigin {
  source: string | null;
  campaign: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmTerm: string | null;
  utmContent: string | null;
}

/** One record of a lineage chain; a hidden step is one the viewer may not read (no id, no name). */
export interface LineageStep {
  object: string;
  hidden: boolean;
  id: number | null;
  name: string | null;
  number: string | null;
  /** The record the chain was asked for. */
  current: boolean;
  origin: LeadOrigin | null;
}

/** The objects whose records have a lineage. */
export const LINEAGE_OBJECTS = [
  'payment',
  'paymentPlan',
  'contract',
  'quote',
  'opportunity',
  'account',
] as const;

export const lineageApi = {
  get: (object: string, id: number) =>
    api.get<{ steps: LineageStep[] }>(`/lineage/${encodeURIComponent(object)}/${id}`),
};

export const LINEAGE_QUERY_KEY = ['lineage'] as const;
