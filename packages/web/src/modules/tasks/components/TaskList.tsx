import { App, Button, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { useSetTaskStatus } from '../hooks/useSetTaskStatus.ts';
import { TaskRow } from './TaskRow.tsx';
import './tasks.css';

/** Tasks with a tick box each: ticking marks a task done (or open again) at once. */
export function TaskList({
  tasks,
  loading,
  emptyText,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  tasks: RecordData[];
  loading: boolean;
  emptyText: string;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setStatus = useSetTaskStatus();
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (tasks.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const toggle = (task: RecordData) =>
    setStatus.mutate(
      { id: task.id, version: task.version, status: task.status === 'done' ? 'open' : 'done' },
      {
        onSuccess: () => message.success(task.status === 'done' ? t('tasks.reopened') : t('tasks.completed')),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  return (
    <div className="task-list">
      {tasks.map((task) => (
        <TaskRow
          key={task.id}
          task={task}
          onToggle={toggle}
          busy={setStatus.isPending && setStatus.variables?.id === task.id}
        />
      ))}
      {hasMore && (
        <Button block type="text" loading={loadingMore} onClick={onLoadMore}>
          {t('tasks.loadMore')}
        </Button>
      )}
    </div>
  );
}
