import { App, Badge, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import type { ApiKey } from '../api/api-keys.api.ts';
import { useRevokeApiKey } from '../hooks/useRevokeApiKey.ts';

type KeyState = 'active' | 'expired' | 'revoked';

function stateOf(key: ApiKey, now: number): KeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now) return 'expired';
  return 'active';
}

const STATE_BADGE: Record<KeyState, 'success' | 'default' | 'error'> = {
  active: 'success',
  expired: 'default',
  revoked: 'error',
};

interface ApiKeysTableProps {
  keys: ApiKey[];
  loading: boolean;
  empty: React.ReactNode;
}

/** API keys with their scopes, owner, expiry and last use; active keys can be revoked. */
export function ApiKeysTable({ keys, loading, empty }: ApiKeysTableProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const revoke = useRevokeApiKey();
  const now = Date.now();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const columns: TableColumnsType<ApiKey> = [
    {
      key: 'name',
      title: t('apiKeys.fields.name'),
      render: (_, key) => (
        <div className="cell-two-lines">
          <Typography.Text strong>{key.name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {key.prefix}…
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'scopes',
      title: t('apiKeys.fields.scopes'),
      render: (_, key) => (
        <Space size={[4, 4]} wrap>
          {key.scopes.map((scope) => (
            <Tag key={scope} color={scope === 'admin' ? 'red' : scope === 'write' ? 'orange' : 'blue'}>
              {t(`apiKeys.scopes.${scope}.label`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'user', title: t('apiKeys.fields.user'), render: (_, key) => key.user.name },
    {
      key: 'state',
      title: t('apiKeys.fields.state'),
      render: (_, key) => {
        const state = stateOf(key, now);
        return <Badge status={STATE_BADGE[state]} text={t(`apiKeys.states.${state}`)} />;
      },
    },
    {
      key: 'expiresAt',
      title: t('apiKeys.fields.expiresAt'),
      render: (_, key) => (key.expiresAt ? formatDate(key.expiresAt, i18n.language) : t('apiKeys.never')),
    },
    {
      key: 'lastUsedAt',
      title: t('apiKeys.fields.lastUsedAt'),
      render: (_, key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt, i18n.language) : dash),
    },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      render: (_, key) => formatDateTime(key.createdAt, i18n.language),
    },
  ];
  if (can('apiKey', 'delete')) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, key) =>
        stateOf(key, now) === 'revoked' ? null : (
          <Popconfirm
            title={t('apiKeys.revokeTitle', { name: key.name })}
            description={t('apiKeys.revokeText')}
            okText={t('apiKeys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              revoke.mutateAsync(key.id).then(
                () => void message.success(t('apiKeys.revoked')),
                (error: unknown) => void message.error(errorMessage(error)),
              )
            }
          >
            <Button type="link" size="small" danger>
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <Table<ApiKey>
      rowKey="id"
      columns={columns}
      dataSource={keys}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: empty }}
      rowClassName={(key) => (stateOf(key, now) === 'active' ? '' : 'row-muted')}
    />
  );
}
