import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '../../session/api/session.api.ts';
import { USERS_QUERY_KEY, type UserChanges, usersApi } from '../api/users.api.ts';

/** Edits a user, including disabling and enabling them. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UserChanges }) => usersApi.update(id, changes),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: ['departments'] });
      void queryClient.invalidateQueries({ queryKey: ['roles'] });
      // Editing oneself (roles, department) changes what the shell shows.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
