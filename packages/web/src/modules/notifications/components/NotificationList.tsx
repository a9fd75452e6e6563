import { useTranslation } from 'react-i18next';
import type { AppNotification } from '../api/notifications.api.ts';
import { formatRelativeTime } from '../utils/relative-time.ts';
import './notifications.css';

interface NotificationListProps {
  notifications: AppNotification[];
  onOpen: (notification: AppNotification) => void;
}

/** Notifications as rows: unread dot, title, who and how long ago; a row opens its notification. */
export function NotificationList({ notifications, onOpen }: NotificationListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="notification-list">
      {notifications.map((notification) => {
        const unread = notification.readAt === null;
        const when = formatRelativeTime(
          notification.createdAt,
          i18n.language,
          new Date(),
          t('notifications.justNow'),
        );
        return (
          <li key={notification.id}>
            <button
              type="button"
              className={`notification-item${unread ? ' notification-item--unread' : ''}`}
              onClick={() => onOpen(notification)}
              aria-label={unread ? t('notifications.unreadItem', { title: notification.title }) : undefined}
            >
              <span className="notification-item__dot" aria-hidden />
              <span className="notification-item__body">
                <span className="notification-item__title">{notification.title}</span>
                <span className="notification-item__meta" title={notification.createdAt}>
                  {notification.actor ? `${notification.actor.name} · ${when}` : when}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
