import { useQuery } from '@tanstack/react-query';
import { ROLES_QUERY_KEY, rolesApi } from '../api/roles.api.ts';

/** All roles. */
export function useRoles(enabled = true) {
  return useQuery({
    queryKey: [...ROLES_QUERY_KEY, 'list'],
    queryFn: async () => (await rolesApi.list()).items,
    enabled,
  });
}
