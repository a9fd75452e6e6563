import { useQuery } from '@tanstack/react-query';
import { ROLES_QUERY_KEY, rolesApi } from '../api/roles.api.ts';

/** One role with its permission matrix and field access. */
export function useRole(id: number) {
  return useQuery({
    queryKey: [...ROLES_QUERY_KEY, 'detail', id],
    queryFn: () => rolesApi.get(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}
