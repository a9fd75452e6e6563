import { useQuery } from '@tanstack/react-query';
import { accountOverviewApi } from '../api/account-overview.api.ts';

/** The key figures of an account's 360° view. */
export function useAccountOverview(id: number) {
  return useQuery({ queryKey: ['accountOverview', id], queryFn: () => accountOverviewApi.get(id) });
}
