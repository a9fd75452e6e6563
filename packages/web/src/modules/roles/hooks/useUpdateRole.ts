import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES_QUERY_KEY, rolesApi } from '../api/roles.api.ts';

/** Renames a role or changes its description. */
export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: { name?: string; description?: string | null } }) =>
      rolesApi.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROLES_QUERY_KEY }),
  });
}
