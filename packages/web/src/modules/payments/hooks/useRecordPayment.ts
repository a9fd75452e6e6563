import { useMutation } from '@tanstack/react-query';
import { useInvalidateContract } from '../../contracts/hooks/useInvalidateContract.ts';
import { type PaymentInput, paymentsApi } from '../api/payments.api.ts';

/** Records a payment received against a contract. */
export function useRecordPayment(contractId: number) {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: (payment: PaymentInput) => paymentsApi.record(contractId, payment),
    onSuccess: invalidate,
  });
}
