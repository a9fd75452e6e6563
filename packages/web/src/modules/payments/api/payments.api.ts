import { api } from '../../../api/client.ts';
import type { RecordData } from '../../records/api/records.api.ts';

export type PaymentStatus = 'unpaid' | 'partial' | 'paid' | 'overdue';

/** One instalment as the plan editor sends it. */
export interface InstalmentInput {
  name?: string;
  dueDate: string;
  amount: string;
  description?: string;
}

export interface PaymentInput {
  amount: string;
  receivedOn: string;
  paymentPlan?: number;
  method?: string;
  reference?: string;
  description?: string;
}

export const paymentsApi = {
  setPlan: (contractId: number, instalments: InstalmentInput[]) =>
    api.put<{ instalments: RecordData[] }>(`/contracts/${contractId}/payment-plan`, { instalments }),
  record: (contractId: number, payment: PaymentInput) =>
    api.post<RecordData>(`/contracts/${contractId}/payments`, payment),
};

/** `?filter=` of the records of a contract (its instalments, its payments). */
export const ofContract = (contractId: number) =>
  JSON.stringify({ field: 'contract', op: 'eq', value: contractId });
