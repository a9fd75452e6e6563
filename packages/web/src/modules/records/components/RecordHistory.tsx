import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { ObjectDefinition } from '../api/objects.api.ts';
import type { FieldHistoryEntry } from '../api/records.api.ts';
import { useFieldLabel } from '../hooks/useFieldLabel.ts';
import { useRecordHistory } from '../hooks/useRecordHistory.ts';
import { FieldValue } from './FieldValue.tsx';
import { UserName } from './UserName.tsx';

/** Who changed which field of a record when, from what to what. */
export function RecordHistory({ object, recordId }: { object: ObjectDefinition; recordId: number }) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const history = useRecordHistory(object.apiName, recordId);
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const fieldOf = (apiName: string) => object.fields.find((field) => field.apiName === apiName);
  const value = (entry: FieldHistoryEntry, raw: unknown) => {
    const field = fieldOf(entry.field);
    if (field) return <FieldValue field={field} value={raw} />;
    if (entry.field === 'ownerId' && typeof raw === 'number') return <UserName id={raw} />;
    return raw === null || raw === undefined ? '—' : String(raw);
  };
  const columns: TableColumnsType<FieldHistoryEntry> = [
    {
      key: 'at',
      title: t('records.history.at'),
      width: 160,
      render: (_, entry) => formatDateTime(entry.at, i18n.language),
    },
    {
      key: 'who',
      title: t('records.history.who'),
      width: 140,
      render: (_, entry) =>
        entry.actorUserId === null ? (
          <Typography.Text type="secondary">{t('records.history.system')}</Typography.Text>
        ) : (
          <UserName id={entry.actorUserId} />
        ),
    },
    {
      key: 'field',
      title: t('records.history.field'),
      width: 160,
      render: (_, entry) => {
        const field = fieldOf(entry.field);
        if (field) return label(field.label);
        return entry.field === 'ownerId' ? t('records.owner') : entry.field;
      },
    },
    {
      key: 'change',
      title: t('records.history.change'),
      render: (_, entry) => (
        <span className="record-history__change">
          {value(entry, entry.oldValue)} <ArrowRightOutlined className="record-history__arrow" />{' '}
          {value(entry, entry.newValue)}
        </span>
      ),
    },
  ];
  return (
    <Table<FieldHistoryEntry>
      rowKey="id"
      columns={columns}
      dataSource={history.data ?? []}
      loading={history.isLoading}
      pagination={false}
      size="middle"
      className="record-history"
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('records.history.empty')} />,
      }}
    />
  );
}
