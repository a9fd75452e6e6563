import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../modules/session/hooks/useCan.ts';
import type { TaskBucket } from '../modules/tasks/api/tasks.api.ts';
import { NewTaskModal } from '../modules/tasks/components/NewTaskModal.tsx';
import { QuickTaskInput } from '../modules/tasks/components/QuickTaskInput.tsx';
import { TaskBucketList } from '../modules/tasks/components/TaskBucketList.tsx';
import { useMyDay } from '../modules/tasks/hooks/useMyDay.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const BUCKETS: TaskBucket[] = ['today', 'overdue', 'upcoming', 'done'];
const isBucket = (value: string | null): value is TaskBucket => BUCKETS.includes(value as TaskBucket);

/** `/tasks`: the user's own tasks by tab (today, overdue, upcoming, done), quick create and quick complete. */
export function TasksPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const bucket: TaskBucket = isBucket(tab) ? tab : 'today';
  const [creating, setCreating] = useState(false);
  const day = useMyDay();
  const count = (key: 'today' | 'overdue') => day.data?.counts[key] ?? 0;
  const label = (key: TaskBucket) => (
    <Flex gap={6} align="center">
      {t(`tasks.tabs.${key}`)}
      {(key === 'today' || key === 'overdue') && count(key) > 0 && (
        <Badge count={count(key)} color={key === 'overdue' ? 'red' : 'blue'} size="small" />
      )}
    </Flex>
  );
  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        description={t('tasks.description')}
        extra={
          can('task', 'create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('tasks.newTask')}
            </Button>
          )
        }
      />
      <Card>
        {can('task', 'create') && <QuickTaskInput />}
        <Tabs
          activeKey={bucket}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={BUCKETS.map((key) => ({
            key,
            label: label(key),
            children: <TaskBucketList bucket={key} />,
          }))}
        />
      </Card>
      <NewTaskModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
