import { useRecords } from '../../records/hooks/useRecords.ts';
import { ofContract } from '../api/payments.api.ts';

/** The payments received against a contract that the user may see, newest first. */
export function useContractPayments(contractId: number) {
  return useRecords('payment', { filter: ofContract(contractId), sort: '-receivedOn', limit: 200 });
}
