import { Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RecordData } from '../../records/api/records.api.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useAccountRecords } from '../hooks/useAccountRecords.ts';

interface RelatedRecordsCardProps {
  title: string;
  object: string;
  accountId: number;
  /** The field naming each record. */
  nameField: string;
  where?: unknown[];
  sort?: string;
  fields?: string;
  /** What a row shows beside the name (an amount, a status). */
  describe?: (record: RecordData) => ReactNode;
  extra?: ReactNode;
  emptyText: string;
}

/** The first few records of an object that belong to the account, each linking to its page. */
export function RelatedRecordsCard({
  title,
  object,
  accountId,
  nameField,
  where,
  sort,
  fields,
  describe,
  extra,
  emptyText,
}: RelatedRecordsCardProps) {
  const can = useCan();
  const { t } = useTranslation();
  const records = useAccountRecords(object, accountId, { where, sort, fields });
  if (!can(object, 'read')) return null;
  const rows = records.data?.data ?? [];
  return (
    <Card size="small" title={title} extra={extra} className="account-related">
      {records.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <List
          size="small"
          dataSource={rows}
          renderItem={(record) => (
            <List.Item>
              <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                <Link to={`/o/${object}/${record.id}`}>{String(record[nameField] ?? `#${record.id}`)}</Link>
                {describe && <Typography.Text type="secondary">{describe(record)}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {records.data?.nextCursor && (
        <Typography.Text type="secondary" className="account-related__more">
          {t('accountOverview.showingFirst', { count: rows.length })}
        </Typography.Text>
      )}
    </Card>
  );
}
