import { useInfiniteQuery } from '@tanstack/react-query';
import { TASKS_QUERY_KEY, type TaskBucket, tasksApi } from '../api/tasks.api.ts';

/** The user's own tasks of one tab, a page at a time. */
export function useMyTasks(bucket: TaskBucket) {
  return useInfiniteQuery({
    queryKey: [...TASKS_QUERY_KEY, 'mine', bucket],
    queryFn: ({ pageParam }) => tasksApi.myTasks(bucket, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
