import { RightOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Divider, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useObjectLabel } from '../../../ui/useObjectLabel.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { MyDay } from '../api/tasks.api.ts';
import { relatedRecordOf } from '../utils/task-related.ts';
import { QuickTaskInput } from './QuickTaskInput.tsx';
import { TaskList } from './TaskList.tsx';

/** 我的一天: overdue tasks, today's tasks and today's follow-ups, with quick add and quick complete. */
export function MyDayCard({ day }: { day: UseQueryResult<MyDay> }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const objectLabel = useObjectLabel();
  const data = day.data;
  return (
    <Card
      title={t('workbench.myDay')}
      extra={
        <Link to="/tasks">
          {t('workbench.allTasks')} <RightOutlined />
        </Link>
      }
      className="my-day"
    >
      {can('task', 'create') && <QuickTaskInput />}
      {day.isError ? (
        <QueryError error={day.error} onRetry={() => void day.refetch()} />
      ) : (
        <>
          {(data?.overdueTasks.length ?? 0) > 0 && (
            <>
              <Typography.Text type="danger" strong>
                {t('workbench.overdueSection')}
              </Typography.Text>
              <TaskList tasks={data?.overdueTasks ?? []} loading={false} emptyText="" />
              <Divider style={{ margin: '8px 0 12px' }} />
            </>
          )}
          <Typography.Text strong>{t('workbench.todaySection')}</Typography.Text>
          <TaskList
            tasks={data?.todayTasks ?? []}
            loading={day.isLoading}
            emptyText={t('tasks.empty.today')}
          />
          <Divider style={{ margin: '8px 0 12px' }} />
          <Typography.Text strong>{t('workbench.followUpSection')}</Typography.Text>
          {(data?.followUpsDue.length ?? 0) === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noFollowUps')} />
          ) : (
            <List
              size="small"
              dataSource={data?.followUpsDue ?? []}
              renderItem={(followUp) => {
                const related = relatedRecordOf(followUp);
                const name = related ? (followUp[`${related.object}.name`] as string | null) : null;
                return (
                  <List.Item>
                    <div>
                      {related && (
                        <Link to={`/o/${related.object}/${related.id}`}>
                          {t('timeline.labelled', { label: objectLabel(related.object) })}
                          {name ?? `#${related.id}`}
                        </Link>
                      )}
                      <div>
                        <Typography.Text type="secondary">
                          {formatDateTime(String(followUp.nextFollowUpAt), i18n.language)} ·{' '}
                        </Typography.Text>
                        <Link to={`/o/followUp/${followUp.id}`}>
                          {String(followUp.nextStep || followUp.content || '')}
                        </Link>
                      </div>
                    </div>
                  </List.Item>
                );
              }}
            />
          )}
        </>
      )}
    </Card>
  );
}
