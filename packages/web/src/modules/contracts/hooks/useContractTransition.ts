import { useMutation } from '@tanstack/react-query';
import { type ContractAction, contractsApi, type TransitionBody } from '../api/contracts.api.ts';
import { useInvalidateContract } from './useInvalidateContract.ts';

/** Asks for a transition of a contract (submit, approve, sign…). */
export function useContractTransition(id: number) {
  const invalidate = useInvalidateContract();
  return useMutation({
    mutationFn: ({ action, body }: { action: ContractAction; body: TransitionBody }) =>
      contractsApi.transition(id, action, body),
    onSuccess: invalidate,
  });
}
