import { useMutation } from '@tanstack/react-query';
import { contractsApi } from '../api/contracts.api.ts';
import { useInvalidateContract } from './useInvalidateContract.ts';

/** Creates a draft contract from a won opportunity or an accepted quote; resolves to the contract. */
export function useCreateContractFrom(source: 'opportunity' | 'quote') {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: (id: number) => contractsApi.createFrom(source, id),
    onSuccess: invalidate,
  });
}
