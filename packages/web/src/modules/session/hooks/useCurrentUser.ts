import { useQueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY, type Me } from '../api/session.api.ts';

/** The signed-in user inside the shell, which renders only once `/me` has loaded. */
export function useCurrentUser(): Me {
  const me = useQueryClient().getQueryData<Me>(ME_QUERY_KEY);
  if (!me) throw new Error('useCurrentUser is used outside the signed-in shell');
  return me;
}
