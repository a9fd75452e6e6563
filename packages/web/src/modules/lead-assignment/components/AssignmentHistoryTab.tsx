import { Empty, Flex, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { PageSpin } from '../../../ui/PageSpin.tsx';
import type { RecycleReason } from '../../lead-pools/api/lead-pools.api.ts';
import { usePoolEvents } from '../../lead-pools/hooks/usePoolEvents.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import type { AssignmentLogEntry } from '../api/lead-assignment.api.ts';
import { useAssignmentLog } from '../hooks/useAssignmentLog.ts';
import { AssignmentReasonText } from './AssignmentReasonText.tsx';

interface Entry {
  key: string;
  at: string;
  title: string;
  detail: ReactNode;
}

/** What one assignment did, in words; a reassignment after a missed first-response target says so. */
function assignmentTitle(entry: AssignmentLogEntry, t: TFunction): string {
  const afterBreach = entry.channel === 'responseBreach';
  const names = { user: entry.user?.name, rule: entry.rule?.name, pool: entry.pool?.name };
  if (entry.outcome === 'assigned')
    return t(afterBreach ? 'leadAssignment.history.reassigned' : 'leadAssignment.history.assigned', names);
  if (entry.outcome === 'pooled') return t('leadAssignment.history.pooled', names);
  return t(afterBreach ? 'leadAssignment.history.notReassigned' : 'leadAssignment.history.unassigned', {
    set: entry.ruleSet?.name ?? '',
  });
}

/** The lead page's 分配记录 tab: every assignment (rule and reasoning) and every pool entry or exit. */
export function AssignmentHistoryTab({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const log = useAssignmentLog(record.id);
  const events = usePoolEvents(record.id);
  if (log.isPending || events.isPending) return <PageSpin />;
  const entries: Entry[] = [
    ...(log.data ?? []).map((entry) => ({
      key: `a${entry.id}`,
      at: entry.at,
      title: assignmentTitle(entry, t),
      detail: <AssignmentReasonText reason={entry.reason} />,
    })),
    ...(events.data ?? [])
      .filter((event) => event.kind !== 'entered')
      .map((event) => ({
        key: `p${event.id}`,
        at: event.at,
        title: t(`leadAssignment.history.pool.${event.kind}`, {
          pool: event.pool?.name ?? '',
          from: event.from?.name ?? '',
          to: event.to?.name ?? '',
          actor: event.actor?.name ?? t('leadAssignment.history.system'),
        }),
        detail: (
          <Typography.Text type="secondary">
            {event.reason ??
              (event.reasonCode && event.kind === 'recycled'
                ? t(`leadPools.reasons.${event.reasonCode as RecycleReason}`)
                : '')}
          </Typography.Text>
        ),
      })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  if (entries.length === 0) return <Empty description={t('leadAssignment.history.empty')} />;
  return (
    <Timeline
      className="assignment-history"
      items={entries.map((entry) => ({
        key: entry.key,
        content: (
          <Flex vertical>
            <Typography.Text>{entry.title}</Typography.Text>
            {entry.detail}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(entry.at, i18n.language)}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
