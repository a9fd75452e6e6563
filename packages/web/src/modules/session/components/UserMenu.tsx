import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../hooks/useCurrentUser.ts';
import { useLogout } from '../hooks/useLogout.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';
import { ProfileModal } from './ProfileModal.tsx';

/** The avatar menu in the header: profile, change password, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();
  const [dialog, setDialog] = useState<'profile' | 'password' | null>(null);

  const signOut = () => logout.mutate();

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'profile', icon: <UserOutlined />, label: t('userMenu.profile') },
            { key: 'password', icon: <KeyOutlined />, label: t('userMenu.changePassword') },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('userMenu.signOut'), danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'logout') signOut();
            else setDialog(key as 'profile' | 'password');
          },
        }}
      >
        <Button type="text" className="user-menu-trigger" aria-label={t('userMenu.label')}>
          <Flex align="center" gap={8}>
            <Avatar size="small" style={{ backgroundColor: '#1d4ed8' }}>
              {me.name.slice(0, 1).toUpperCase()}
            </Avatar>
            <Typography.Text className="user-menu-name" ellipsis>
              {me.name}
            </Typography.Text>
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      <ProfileModal open={dialog === 'profile'} onClose={() => setDialog(null)} />
      <ChangePasswordModal open={dialog === 'password'} onClose={() => setDialog(null)} />
    </>
  );
}
