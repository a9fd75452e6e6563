import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES_QUERY_KEY, rolesApi } from '../api/roles.api.ts';

/** Deletes a role no user holds (built-in roles cannot be deleted). */
export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => rolesApi.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROLES_QUERY_KEY }),
  });
}
