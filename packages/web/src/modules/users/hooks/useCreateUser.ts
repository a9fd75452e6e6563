import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type NewUser, USERS_QUERY_KEY, usersApi } from '../api/users.api.ts';

/** Creates a user; the answer carries the generated initial password, shown once. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => usersApi.create(input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: ['departments'] });
      void queryClient.invalidateQueries({ queryKey: ['roles'] });
    },
  });
}
