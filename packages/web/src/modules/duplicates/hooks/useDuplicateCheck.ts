import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { type DedupObject, DUPLICATES_QUERY_KEY, duplicatesApi } from '../api/duplicates.api.ts';

/** Pause after the last keystroke before the server is asked: a check per word, not per letter. */
const DEBOUNCE_MS = 500;

/**
 * Records that may be duplicates of the values being typed (company name, phone, e-mail), checked once the
 * user pauses; nothing is asked while there is nothing to compare.
 */
export function useDuplicateCheck(object: DedupObject, values: Record<string, string>, excludeId?: number) {
  const debounced = useDebouncedValue(values, DEBOUNCE_MS);
  const key = JSON.stringify(debounced);
  return useQuery({
    queryKey: [...DUPLICATES_QUERY_KEY, 'check', object, key, excludeId],
    queryFn: () => duplicatesApi.check(object, debounced, excludeId),
    enabled: Object.keys(debounced).length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
