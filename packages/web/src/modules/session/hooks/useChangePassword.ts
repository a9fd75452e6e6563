import { useMutation } from '@tanstack/react-query';
import { sessionApi } from '../api/session.api.ts';

/** Changes the signed-in user's password (the server signs out their other sessions). */
export function useChangePassword() {
  return useMutation({
    mutationFn: ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) =>
      sessionApi.changePassword(currentPassword, newPassword),
  });
}
