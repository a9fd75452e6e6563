import { useQuery } from '@tanstack/react-query';
import { CONTRACTS_QUERY_KEY, contractsApi } from '../api/contracts.api.ts';

/** A contract's status, what the user may do with it now, and its status history (refetched per version). */
export function useContractTransitions(id: number, version: number) {
  return useQuery({
    queryKey: [...CONTRACTS_QUERY_KEY, id, 'transitions', version],
    queryFn: () => contractsApi.transitions(id),
  });
}
