import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { TIMELINE_QUERY_KEY } from '../api/timeline.api.ts';

/** Reloads timelines, figures and record lists after an activity was logged or a task changed. */
export function useInvalidateActivity() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: TIMELINE_QUERY_KEY });
    void queryClient.invalidateQueries({ queryKey: RECORDS_QUERY_KEY });
    void queryClient.invalidateQueries({ queryKey: ['accountOverview'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  }, [queryClient]);
}
