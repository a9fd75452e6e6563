import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applyLocale } from '../../../i18n/index.ts';
import { ME_QUERY_KEY, sessionApi } from '../api/session.api.ts';
import { setSessionHint } from '../utils/session-hint.ts';

/** Signs in; the user's own language replaces the one chosen on the sign-in page. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      sessionApi.login(username, password),
    onSuccess: async (me) => {
      setSessionHint(true);
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
      await applyLocale(me.locale);
    },
  });
}
