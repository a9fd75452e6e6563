import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES_QUERY_KEY, type RoleInput, rolesApi } from '../api/roles.api.ts';

/** Creates a role, empty or as a copy of another. */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RoleInput) => rolesApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROLES_QUERY_KEY }),
  });
}
