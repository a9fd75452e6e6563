import { useQuery } from '@tanstack/react-query';
import { TASKS_QUERY_KEY, tasksApi } from '../api/tasks.api.ts';

/** The signed-in user's day (today's and overdue tasks, follow-ups due today). */
export function useMyDay(enabled = true) {
  return useQuery({ queryKey: [...TASKS_QUERY_KEY, 'myDay'], queryFn: tasksApi.myDay, enabled });
}
