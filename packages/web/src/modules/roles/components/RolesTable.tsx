import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useRoleDescription } from '../../session/hooks/useRoleDescription.ts';
import { useRoleName } from '../../session/hooks/useRoleName.ts';
import type { Role } from '../api/roles.api.ts';
import { useDeleteRole } from '../hooks/useDeleteRole.ts';

interface RolesTableProps {
  roles: Role[];
  loading: boolean;
  onRename: (role: Role) => void;
}

/** Roles with their holders; a role opens to its permission matrix. */
export function RolesTable({ roles, loading, onRename }: RolesTableProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const roleName = useRoleName();
  const roleDescription = useRoleDescription();
  const remove = useDeleteRole();

  const columns: TableColumnsType<Role> = [
    {
      key: 'name',
      title: t('roles.fields.name'),
      width: 240,
      render: (_, role) => (
        <Space size={6} wrap>
          <Link to={`/settings/roles/${role.id}`}>
            <Typography.Text strong>{roleName(role)}</Typography.Text>
          </Link>
          {role.isAdmin && <Tag color="gold">{t('roles.adminTag')}</Tag>}
          {role.key && !role.isAdmin && <Tag>{t('roles.builtInTag')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'description',
      title: t('roles.fields.description'),
      render: (_, role) => roleDescription(role) || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'users',
      title: t('roles.fields.userCount'),
      width: 100,
      align: 'right',
      render: (_, role) => role.userCount,
    },
    {
      key: 'updatedAt',
      title: t('common.updatedAt'),
      width: 160,
      render: (_, role) => formatDateTime(role.updatedAt, i18n.language),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 230,
      render: (_, role) => (
        <Space size={0}>
          <Link to={`/settings/roles/${role.id}`}>
            <Button type="link" size="small">
              {role.isAdmin || !can('role', 'update')
                ? t('roles.viewPermissions')
                : t('roles.editPermissions')}
            </Button>
          </Link>
          {can('role', 'update') && (
            <Button type="link" size="small" onClick={() => onRename(role)}>
              {t('roles.rename')}
            </Button>
          )}
          {can('role', 'delete') && !role.key && (
            <Popconfirm
              title={t('roles.deleteTitle', { name: roleName(role) })}
              description={t('roles.deleteText')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                remove.mutateAsync(role.id).then(
                  () => void message.success(t('roles.deleted')),
                  (error: unknown) => void message.error(errorMessage(error)),
                )
              }
            >
              <Button type="link" size="small" danger>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<Role> rowKey="id" columns={columns} dataSource={roles} loading={loading} pagination={false} />
  );
}
