import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { CONTRACTS_QUERY_KEY } from '../api/contracts.api.ts';

/**
 * Forgets what a contract action may have changed: records of every object (the contract, its instalments
 * and payments, an amended original) and contract transitions.
 */
export function useInvalidateContract() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: RECORDS_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: CONTRACTS_QUERY_KEY }),
    ]);
  }, [queryClient]);
}
