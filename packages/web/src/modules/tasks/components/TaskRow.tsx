import { Checkbox, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import { useObjectLabel } from '../../../ui/useObjectLabel.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import { isOverdue, relatedRecordOf } from '../utils/task-related.ts';

const PRIORITY_COLORS: Record<string, string> = { high: 'red', normal: 'blue', low: 'default' };

/** One task: tick it off, its subject, priority, due time (red when overdue) and what it is about. */
export function TaskRow({
  task,
  onToggle,
  busy,
}: {
  task: RecordData;
  onToggle: (task: RecordData) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const objectLabel = useObjectLabel();
  const done = task.status === 'done';
  const related = relatedRecordOf(task);
  const relatedName = related ? (task[`${related.object}.name`] as string | null | undefined) : null;
  const priority = typeof task.priority === 'string' ? task.priority : null;
  return (
    <Flex className={`task-row${done ? ' task-row--done' : ''}`} align="flex-start" gap={12}>
      <Tooltip title={done ? t('tasks.reopen') : t('tasks.complete')}>
        <Checkbox
          checked={done}
          disabled={busy}
          onChange={() => onToggle(task)}
          aria-label={done ? t('tasks.reopen') : t('tasks.complete')}
        />
      </Tooltip>
      <div className="task-row__main">
        <Link to={`/o/task/${task.id}`} className="task-row__subject">
          {String(task.subject ?? `#${task.id}`)}
        </Link>
        <Flex gap={8} wrap className="task-row__meta">
          {priority && priority !== 'normal' && (
            <Tag color={PRIORITY_COLORS[priority]}>
              {t(`tasks.priority.${priority}`, { defaultValue: priority })}
            </Tag>
          )}
          {typeof task.dueAt === 'string' && (
            <Typography.Text type={isOverdue(task) ? 'danger' : 'secondary'}>
              {t('tasks.due', { time: formatDateTime(task.dueAt, i18n.language) })}
            </Typography.Text>
          )}
          {done && typeof task.completedAt === 'string' && (
            <Typography.Text type="secondary">
              {t('tasks.completedAt', { time: formatDateTime(task.completedAt, i18n.language) })}
            </Typography.Text>
          )}
          {related && (
            <Link to={`/o/${related.object}/${related.id}`}>
              {t('timeline.labelled', { label: objectLabel(related.object) })}
              {relatedName ?? `#${related.id}`}
            </Link>
          )}
        </Flex>
      </div>
    </Flex>
  );
}
