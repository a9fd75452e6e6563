import { useQuery } from '@tanstack/react-query';
import { RECORDS_QUERY_KEY, recordsApi } from '../api/records.api.ts';

/** One record of an object; `fields` adds related values (`*,owner.name,account.name`). */
export function useRecord(object: string, id: number | undefined, fields?: string) {
  return useQuery({
    queryKey: [...RECORDS_QUERY_KEY, object, 'one', id, fields ?? null],
    queryFn: () => recordsApi.get(object, id as number, fields),
    enabled: id !== undefined,
  });
}
