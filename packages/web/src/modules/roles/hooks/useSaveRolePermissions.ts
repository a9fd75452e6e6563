import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '../../session/api/session.api.ts';
import { type FieldAccessMap, type PermissionMatrix, ROLES_QUERY_KEY, rolesApi } from '../api/roles.api.ts';

/** Replaces a role's permission matrix and field access. */
export function useSaveRolePermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      permissions,
      fields,
    }: {
      id: number;
      permissions: PermissionMatrix;
      fields: FieldAccessMap;
    }) => rolesApi.savePermissions(id, permissions, fields),
    onSuccess: (role) => {
      queryClient.setQueryData([...ROLES_QUERY_KEY, 'detail', role.id], role);
      void queryClient.invalidateQueries({ queryKey: ROLES_QUERY_KEY });
      // The signed-in user may hold the role: what the shell offers can change.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
