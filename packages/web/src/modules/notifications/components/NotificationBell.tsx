import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMarkAllNotificationsRead } from '../hooks/useMarkAllNotificationsRead.ts';
import { useNotifications } from '../hooks/useNotifications.ts';
import { useOpenNotification } from '../hooks/useOpenNotification.ts';
import { useUnreadNotificationCount } from '../hooks/useUnreadNotificationCount.ts';
import { NotificationList } from './NotificationList.tsx';
import './notifications.css';

/** How many of the newest notifications the bell shows; the rest are on the notifications page. */
const NEWEST = 8;

/** The header bell: unread count, and on click the newest notifications with "mark all as read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotificationCount();
  const newest = useNotifications({ limit: NEWEST }, { enabled: open });
  const markAll = useMarkAllNotificationsRead();
  const close = useCallback(() => setOpen(false), []);
  const openNotification = useOpenNotification(close);
  const count = unread.data?.count ?? 0;
  const items = newest.data?.items ?? [];

  const content = (
    <div className="notification-popover">
      <div className="notification-popover__header">
        <strong>{t('notifications.title')}</strong>
        <Button
          type="link"
          size="small"
          disabled={count === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </div>
      <div className="notification-popover__list">
        {newest.isPending ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        ) : (
          <NotificationList notifications={items} onOpen={openNotification} />
        )}
      </div>
      <div className="notification-popover__footer">
        <Link to="/notifications" onClick={close}>
          {t('notifications.viewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      arrow={false}
      open={open}
      onOpenChange={setOpen}
      content={content}
    >
      <Button
        type="text"
        aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
