import { useMutation } from '@tanstack/react-query';
import { useInvalidateContract } from '../../contracts/hooks/useInvalidateContract.ts';
import { type InstalmentInput, paymentsApi } from '../api/payments.api.ts';

/** Replaces a draft contract's payment plan. */
export function useSetPaymentPlan(contractId: number) {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: (instalments: InstalmentInput[]) => paymentsApi.setPlan(contractId, instalments),
    onSuccess: invalidate,
  });
}
