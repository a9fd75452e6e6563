import { useMutation } from '@tanstack/react-query';
import { contractsApi } from '../api/contracts.api.ts';
import { useInvalidateContract } from './useInvalidateContract.ts';

/** Starts an amendment of an approved or signed contract; resolves to the new draft. */
export function useAmendContract() {
  const invalidate = useInvalidateContract();
  return useMutation({ mutationFn: (id: number) => contractsApi.amend(id), onSuccess: invalidate });
}
