import { api } from '../../../api/client.ts';
import type { RecordData } from '../../records/api/records.api.ts';

export type ContractStatus = 'draft' | 'pendingApproval' | 'approved' | 'signed' | 'completed' | 'terminated';

/** The transitions a person asks for (`POST /contracts/{id}/{action}`). */
export type ContractAction = 'submit' | 'withdraw' | 'approve' | 'reject' | 'sign' | 'complete' | 'terminate';

/** One entry of a contract's status history. */
export interface StatusHistoryItem {
  id: number;
  /** `create`, a transition, or `supersede`. */
  action: string;
  fromStatus: ContractStatus | null;
  toStatus: ContractStatus;
  actor: { id: number; name: string } | null;
  comment: string | null;
  at: string;
}

export interface ContractTransitions {
  status: ContractStatus;
  /** What the signed-in user may ask for now. */
  actions: ContractAction[];
  history: StatusHistoryItem[];
}

export interface TransitionBody {
  comment?: string;
  signDate?: string;
}

export const contractsApi = {
  transitions: (id: number) => api.get<ContractTransitions>(`/contracts/${id}/transitions`),
  transition: (id: number, action: ContractAction, body: TransitionBody) =>
    api.post<RecordData>(`/contracts/${id}/${action}`, body),
  amend: (id: number) => api.post<RecordData>(`/contracts/${id}/amend`),
  createFrom: (source: 'opportunity' | 'quote', id: number) =>
    api.post<RecordData>(`/${source === 'opportunity' ? 'opportunities' : 'quotes'}/${id}/contract`),
};

export const CONTRACTS_QUERY_KEY = ['contracts'] as const;
