import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { TaskBucket } from '../api/tasks.api.ts';
import { useMyTasks } from '../hooks/useMyTasks.ts';
import { TaskList } from './TaskList.tsx';

/** The user's tasks of one tab, loading more on demand. */
export function TaskBucketList({ bucket }: { bucket: TaskBucket }) {
  const { t } = useTranslation();
  const tasks = useMyTasks(bucket);
  if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <TaskList
      tasks={tasks.data?.pages.flatMap((page) => page.items) ?? []}
      loading={tasks.isLoading}
      emptyText={t(`tasks.empty.${bucket}`)}
      hasMore={tasks.hasNextPage}
      loadingMore={tasks.isFetchingNextPage}
      onLoadMore={() => void tasks.fetchNextPage()}
    />
  );
}
