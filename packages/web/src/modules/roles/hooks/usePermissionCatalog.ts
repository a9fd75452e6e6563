import { useQuery } from '@tanstack/react-query';
import { rolesApi } from '../api/roles.api.ts';

/** Objects, actions, scopes and fields a role can grant; changes only with a new release. */
export function usePermissionCatalog() {
  return useQuery({
    queryKey: ['permissions', 'catalog'],
    queryFn: rolesApi.catalog,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
