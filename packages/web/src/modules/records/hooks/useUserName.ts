import { useQuery } from '@tanstack/react-query';
import { usersApi } from '../../users/api/users.api.ts';

/** A user's display name by id; `#id` when it cannot be read. */
export function useUserName(id: number | null | undefined) {
  const query = useQuery({
    queryKey: ['users', 'name', id],
    queryFn: () => usersApi.get(id as number),
    enabled: typeof id === 'number',
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (typeof id !== 'number') return null;
  return query.data?.name ?? `#${id}`;
}
