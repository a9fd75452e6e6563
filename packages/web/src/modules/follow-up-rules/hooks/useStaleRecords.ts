import { useQuery } from '@tanstack/react-query';
import { followUpRulesApi, STALE_RECORDS_KEY, type StaleObject } from '../api/follow-up-rules.api.ts';

/** The viewer's records of an object with no follow-up in `days` days (the rules' period when none). */
export function useStaleRecords(object: StaleObject, days: number | undefined) {
  return useQuery({
    queryKey: [...STALE_RECORDS_KEY, object, days ?? null],
    queryFn: () => followUpRulesApi.stale(object, days),
  });
}
