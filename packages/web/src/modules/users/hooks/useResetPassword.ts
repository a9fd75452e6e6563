import { useMutation } from '@tanstack/react-query';
import { usersApi } from '../api/users.api.ts';

/** Gives a user a new generated password (shown once) and ends their sessions. */
export function useResetPassword() {
  return useMutation({ mutationFn: (id: number) => usersApi.resetPassword(id) });
}
