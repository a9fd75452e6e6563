import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { StaleObject, StaleRecord } from '../api/follow-up-rules.api.ts';
import { useStaleRecords } from '../hooks/useStaleRecords.ts';

/** The viewer's records of one object not followed up for `days` days, never followed up first. */
export function StaleRecordsTable({ object, days }: { object: StaleObject; days: number | undefined }) {
  const { t, i18n } = useTranslation();
  const stale = useStaleRecords(object, days);
  if (stale.isError) return <QueryError error={stale.error} onRetry={() => void stale.refetch()} />;
  const daysSince = (value: string) => Math.floor((Date.now() - Date.parse(value)) / 86_400_000);
  return (
    <Table<StaleRecord>
      rowKey="id"
      size="middle"
      loading={stale.isPending}
      dataSource={stale.data?.items ?? []}
      pagination={false}
      locale={{ emptyText: t('followUpRules.stale.none', { days: stale.data?.days ?? days ?? '' }) }}
      columns={[
        {
          key: 'name',
          title: t('followUpRules.stale.name'),
          render: (_, record) => (
            <Link to={`/o/${object}/${record.id}`}>{record.name ?? `#${record.id}`}</Link>
          ),
        },
        {
          key: 'owner',
          title: t('followUpRules.stale.owner'),
          render: (_, record) => record.ownerName ?? '—',
        },
        {
          key: 'last',
          title: t('followUpRules.stale.lastFollowUp'),
          render: (_, record) =>
            record.lastFollowUpAt ? (
              <span>
                {formatDate(record.lastFollowUpAt, i18n.language)}{' '}
                <Typography.Text type="secondary">
                  {t('followUpRules.stale.daysAgo', { count: daysSince(record.lastFollowUpAt) })}
                </Typography.Text>
              </span>
            ) : (
              <Typography.Text type="danger">{t('followUpRules.stale.never')}</Typography.Text>
            ),
        },
        {
          key: 'created',
          title: t('followUpRules.stale.createdAt'),
          render: (_, record) => formatDate(record.createdAt, i18n.language),
        },
      ]}
    />
  );
}
