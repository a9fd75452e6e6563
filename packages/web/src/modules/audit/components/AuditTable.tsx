import { KeyOutlined } from '@ant-design/icons';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { useObjectLabel } from '../../../ui/useObjectLabel.ts';
import type { AuditEntry } from '../api/audit.api.ts';
import { AuditChanges } from './AuditChanges.tsx';

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  login: 'default',
  logout: 'default',
};

interface AuditTableProps {
  entries: AuditEntry[];
  loading: boolean;
  empty: React.ReactNode;
}

/** Audit entries: time (Asia/Shanghai), actor, action, record and its changes. */
export function AuditTable({ entries, loading, empty }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const objectLabel = useObjectLabel();
  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.fields.at'),
      width: 170,
      render: (_, entry) => formatDateTime(entry.at, i18n.language, true),
    },
    {
      key: 'actor',
      title: t('audit.fields.actor'),
      width: 150,
      render: (_, entry) => (
        <div className="cell-two-lines">
          <Typography.Text>{entry.actor?.name ?? t('audit.system')}</Typography.Text>
          {entry.apiKeyId !== null && (
            <Typography.Text type="secondary">
              <KeyOutlined /> {t('audit.viaApiKey', { id: entry.apiKeyId })}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      key: 'action',
      title: t('audit.fields.action'),
      width: 120,
      render: (_, entry) => (
        <Tag color={ACTION_COLORS[entry.action] ?? 'purple'}>
          {t(`audit.actions.${entry.action}` as 'audit.actions.create', { defaultValue: entry.action })}
        </Tag>
      ),
    },
    {
      key: 'entity',
      title: t('audit.fields.entity'),
      width: 150,
      render: (_, entry) => (
        <span>
          {objectLabel(entry.entityType)}
          {entry.entityId !== null && <Typography.Text type="secondary"> #{entry.entityId}</Typography.Text>}
        </span>
      ),
    },
    {
      key: 'changes',
      title: t('audit.fields.changes'),
      render: (_, entry) => <AuditChanges entityType={entry.entityType} changes={entry.changes} />,
    },
    {
      key: 'ip',
      title: t('audit.fields.ip'),
      width: 130,
      render: (_, entry) => <Typography.Text type="secondary">{entry.ip ?? '—'}</Typography.Text>,
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1000 }}
      locale={{ emptyText: empty }}
    />
  );
}
