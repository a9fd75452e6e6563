import type { DuplicateMode, Locale } from '@lodestar/shared';
import { api } from '../../../api/client.ts';

export type Texts = Record<Locale, string>;

export interface LeadFormField {
  field: string;
  label: Texts;
  required: boolean;
}

/** A web-to-lead form as the API presents it. */
export interface LeadForm {
  id: number;
  name: string;
  token: string;
  language: Locale;
  fields: LeadFormField[];
  submitLabel: Texts;
  thankYou: Texts;
  allowedOrigins: string[];
  source: string | null;
  campaign: string | null;
  ruleSetId: number | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a create or a change sends. */
export type LeadFormInput = Omit<LeadForm, 'id' | 'token' | 'version' | 'createdAt' | 'updatedAt'>;

export interface LeadIntakeSettings {
  duplicateMode: DuplicateMode;
}

export const leadFormsApi = {
  list: () => api.get<{ items: LeadForm[] }>('/lead-forms'),
  get: (id: number) => api.get<LeadForm>(`/lead-forms/${id}`),
  create: (input: LeadFormInput) => api.post<LeadForm>('/lead-forms', input),
  update: (id: number, input: Partial<LeadFormInput> & { version: number }) =>
    api.patch<LeadForm>(`/lead-forms/${id}`, input),
  regenerateToken: (id: number) => api.post<LeadForm>(`/lead-forms/${id}/token`),
  delete: (id: number) => api.delete(`/lead-forms/${id}`),
  settings: () => api.get<LeadIntakeSettings>('/lead-intake-settings'),
  updateSettings: (input: Partial<LeadIntakeSettings>) =>
    api.patch<LeadIntakeSettings>('/lead-intake-settings', input),
};

export const LEAD_FORMS_QUERY_KEY = ['lead-forms'] as const;
export const LEAD_INTAKE_SETTINGS_KEY = ['lead-intake-settings'] as const;
