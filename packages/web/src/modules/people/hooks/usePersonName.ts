import { useQuery } from '@tanstack/react-query';
import { PEOPLE_QUERY_KEY, peopleApi } from '../api/people.api.ts';

/** A colleague's name by user id (`#id` until known, or when there is no such user). */
export function usePersonName(id: number | null | undefined): string | null {
  const query = useQuery({
    queryKey: [...PEOPLE_QUERY_KEY, 'one', id],
    queryFn: async () => (await peopleApi.byIds([id as number])).items[0] ?? null,
    enabled: typeof id === 'number',
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (typeof id !== 'number') return null;
  return query.data?.name ?? `#${id}`;
}
