import {
  CheckCircleOutlined,
  DownOutlined,
  KeyOutlined,
  StopOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useRoleName } from '../../session/hooks/useRoleName.ts';
import type { User } from '../api/users.api.ts';
import { useResetPassword } from '../hooks/useResetPassword.ts';
import { useUpdateUser } from '../hooks/useUpdateUser.ts';
import { UserStatusTag } from './UserStatusTag.tsx';

interface UsersTableProps {
  users: User[];
  loading: boolean;
  onEdit: (user: User) => void;
  /** A password was reset: show it once. */
  onPasswordReset: (user: User, password: string) => void;
  /** Offered when the viewer may hand records over: hand this user's records to someone else. */
  onHandover?: ((user: User) => void) | undefined;
  empty: React.ReactNode;
}

/** The users list with its row actions: edit, reset password, disable or enable. */
export function UsersTable({ users, loading, onEdit, onPasswordReset, onHandover, empty }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const can = useCan();
  const roleName = useRoleName();
  const updateUser = useUpdateUser();
  const resetPassword = useResetPassword();
  const mayUpdate = can('user', 'update');

  // Both resolve either way, so a confirmation dialog closes and the outcome shows as a message.
  const setStatus = (user: User, status: 'active' | 'disabled') =>
    updateUser.mutateAsync({ id: user.id, changes: { status } }).then(
      () => void message.success(t(status === 'active' ? 'users.enabled' : 'users.disabled')),
      (error: unknown) => void message.error(errorMessage(error)),
    );

  const reset = (user: User) =>
    resetPassword.mutateAsync(user.id).then(
      ({ password }) => onPasswordReset(user, password),
      (error: unknown) => void message.error(errorMessage(error)),
    );

  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: TableColumnsType<User> = [
    {
      key: 'name',
      title: t('users.fields.name'),
      width: 150,
      render: (_, user) => (
        <div className="cell-two-lines">
          <Typography.Text strong>{user.name ?? `#${user.id}`}</Typography.Text>
          {user.username && <Typography.Text type="secondary">{user.username}</Typography.Text>}
        </div>
      ),
    },
    {
      key: 'contact',
      title: t('users.contact'),
      width: 220,
      render: (_, user) =>
        user.email || user.phone ? (
          <div className="cell-two-lines">
            {user.email && <Typography.Text ellipsis>{user.email}</Typography.Text>}
            {user.phone && <Typography.Text type="secondary">{user.phone}</Typography.Text>}
          </div>
        ) : (
          dash
        ),
    },
    {
      key: 'department',
      title: t('users.fields.department'),
      width: 150,
      render: (_, user) =>
        user.department || user.manager ? (
          <div className="cell-two-lines">
            <Typography.Text ellipsis>{user.department?.name ?? '—'}</Typography.Text>
            {user.manager && (
              <Typography.Text type="secondary" ellipsis>
                {t('users.managerShort', { name: user.manager.name })}
              </Typography.Text>
            )}
          </div>
        ) : (
          dash
        ),
    },
    {
      key: 'roles',
      title: t('users.fields.roles'),
      render: (_, user) =>
        user.roles?.length ? (
          <Space size={[4, 4]} wrap>
            {user.roles.map((role) => (
              <Tag key={role.id} color={role.key === 'admin' ? 'gold' : 'blue'} variant="outlined">
                {roleName(role)}
              </Tag>
            ))}
          </Space>
        ) : (
          dash
        ),
    },
    {
      key: 'status',
      title: t('users.fields.status'),
      width: 100,
      render: (_, user) => <UserStatusTag status={user.status} />,
    },
    {
      key: 'lastLoginAt',
      title: t('users.fields.lastLoginAt'),
      width: 145,
      render: (_, user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : dash),
    },
  ];
  const confirmReset = (user: User) =>
    modal.confirm({
      title: t('users.resetConfirmTitle'),
      content: t('users.resetConfirmText', { name: user.name ?? '' }),
      okText: t('users.resetPassword'),
      cancelText: t('common.cancel'),
      onOk: () => reset(user),
    });

  const confirmDisable = (user: User) =>
    modal.confirm({
      title: t('users.disableConfirmTitle'),
      content: t('users.disableConfirmText', { name: user.name ?? '' }),
      okText: t('users.disable'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => setStatus(user, 'disabled'),
    });

  if (mayUpdate || onHandover) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0}>
          {mayUpdate && (
            <Button type="link" size="small" onClick={() => onEdit(user)}>
              {t('common.edit')}
            </Button>
          )}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                ...(onHandover
                  ? [{ key: 'handover', icon: <UserSwitchOutlined />, label: t('handover.action') }]
                  : []),
                ...(mayUpdate
                  ? [
                      { key: 'reset', icon: <KeyOutlined />, label: t('users.resetPassword') },
                      user.status === 'disabled'
                        ? { key: 'enable', icon: <CheckCircleOutlined />, label: t('users.enable') }
                        : { key: 'disable', icon: <StopOutlined />, label: t('users.disable'), danger: true },
                    ]
                  : []),
              ],
              onClick: ({ key }) => {
                if (key === 'handover') onHandover?.(user);
                else if (key === 'reset') confirmReset(user);
                else if (key === 'enable') void setStatus(user, 'active');
                else confirmDisable(user);
              },
            }}
          >
            <Button type="link" size="small" aria-label={t('users.more')}>
              {t('users.more')} <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
        </Space>
      ),
    });
  }

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1040 }}
      locale={{ emptyText: empty }}
    />
  );
}
