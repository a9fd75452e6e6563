import { useQuery } from '@tanstack/react-query';
import { ME_QUERY_KEY, sessionApi } from '../api/session.api.ts';

/** The signed-in user; a 401 sends the browser to the sign-in page (see the API client). */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: sessionApi.me,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
