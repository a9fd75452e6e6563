import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY, type ProfileChanges, sessionApi } from '../api/session.api.ts';

/** Saves the signed-in user's own name, email, phone or language. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => sessionApi.updateMe(changes),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}
