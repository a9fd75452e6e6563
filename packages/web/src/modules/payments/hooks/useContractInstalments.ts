import { useRecords } from '../../records/hooks/useRecords.ts';
import { ofContract } from '../api/payments.api.ts';

/** A contract's payment plan, in due order (a plan has at most 120 instalments). */
export function useContractInstalments(contractId: number) {
  return useRecords('paymentPlan', { filter: ofContract(contractId), sort: 'dueDate', limit: 200 });
}
