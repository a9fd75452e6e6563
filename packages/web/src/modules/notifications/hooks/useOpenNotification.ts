import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AppNotification } from '../api/notifications.api.ts';
import { notificationHref } from '../utils/notification-href.ts';
import { useMarkNotificationRead } from './useMarkNotificationRead.ts';

/** Opening a notification marks it read and goes to the record it is about, if any. */
export function useOpenNotification(onOpened?: () => void) {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const { mutate } = markRead;
  return useCallback(
    (notification: AppNotification) => {
      if (!notification.readAt) mutate(notification.id);
      const href = notificationHref(notification);
      onOpened?.();
      if (href) navigate(href);
    },
    [mutate, navigate, onOpened],
  );
}
