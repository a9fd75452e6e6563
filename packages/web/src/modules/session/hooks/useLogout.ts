import { useMutation } from '@tanstack/react-query';
import { sessionApi } from '../api/session.api.ts';
import { setSessionHint } from '../utils/session-hint.ts';

/**
 * Ends the session, then loads the sign-in page afresh: a full page load drops everything this user had
 * loaded, with no moment where the shell renders without a user.
 */
export function useLogout() {
  return useMutation({
    mutationFn: sessionApi.logout,
    onSettled: () => {
      setSessionHint(false);
      window.location.assign('/login');
    },
  });
}
