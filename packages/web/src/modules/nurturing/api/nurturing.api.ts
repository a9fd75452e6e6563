import type { NurtureStopReason } from '@lodestar/shared';
import { api } from '../../../api/client.ts';
import type { EmailSend, Ref } from './email.api.ts';

export interface SequenceStep {
  template: Ref & { language: string };
  delayDays: number;
  delayHours: number;
}

export interface Sequence {
  id: number;
  name: string;
  description: string | null;
  active: boolean;
  enrolPool: Ref | null;
  handBackRuleSet: Ref | null;
  steps: SequenceStep[];
  enrolments: { active: number; completed: number; stopped: number };
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceInput {
  name: string;
  description: string | null;
  active: boolean;
  enrolPoolId: number | null;
  handBackRuleSetId: number | null;
  steps: Array<{ templateId: number; delayDays: number; delayHours: number }>;
  version?: number;
}

/** Why a lead's emails stopped before its sequence ended. */
export type StopReason = NurtureStopReason;

export interface Enrolment {
  id: number;
  sequence: Ref;
  status: 'active' | 'completed' | 'stopped';
  nextStep: number;
  steps: number;
  nextDueAt: string | null;
  stopReason: StopReason | null;
  enrolledAt: string;
  endedAt: string | null;
}

export interface LeadNurturing {
  poolId: number | null;
  optedOut: { at: string; source: 'link' | 'oneClick' | 'manual' } | null;
  enrolment: Enrolment | null;
  sends: EmailSend[];
}

export interface NurturingStatus {
  leadId: number;
  optedOut: boolean;
  enrolment: Enrolment | null;
}

export interface EnrolResult {
  enrolled: number[];
  skipped: Array<{ leadId: number; reason: 'noEmail' | 'optedOut' | 'alreadyEnrolled' }>;
}

export interface HandBackResult {
  owner: Ref | null;
  via: 'rule' | 'previousOwner' | 'poolManager' | null;
}

export const SEQUENCES_QUERY_KEY = ['nurturing', 'sequences'] as const;
export const NURTURING_QUERY_KEY = ['nurturing', 'leads'] as const;

export const nurturingApi = {
  sequences: () => api.get<{ items: Sequence[] }>('/nurture-sequences'),
  createSequence: (input: SequenceInput) => api.post<Sequence>('/nurture-sequences', input),
  updateSequence: (id: number, input: SequenceInput) => api.put<Sequence>(`/nurture-sequences/${id}`, input),
  deleteSequence: (id: number) => api.delete(`/nurture-sequences/${id}`),
  enrol: (sequenceId: number, leadIds: number[]) =>
    api.post<EnrolResult>(`/nurture-sequences/${sequenceId}/enrol`, { leadIds }),
  status: (leadIds: number[]) =>
    api.get<{ items: NurturingStatus[] }>('/nurturing-status', { query: { leadIds: leadIds.join(',') } }),
  lead: (leadId: number) => api.get<LeadNurturing>(`/leads/${leadId}/nurturing`),
  engaged: (leadId: number) => api.post<HandBackResult>(`/leads/${leadId}/engaged`),
  stop: (leadId: number) => api.post(`/leads/${leadId}/nurturing/stop`),
};
