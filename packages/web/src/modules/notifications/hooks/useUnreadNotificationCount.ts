import { useQuery } from '@tanstack/react-query';
import { NOTIFICATIONS_QUERY_KEY, notificationsApi } from '../api/notifications.api.ts';

/** How often the bell asks for the unread count while the page is open. */
const POLL_INTERVAL_MS = 30_000;

/** The signed-in user's unread notification count, polled every 30 s and on window focus. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'unread-count'],
    queryFn: notificationsApi.unreadCount,
    refetchInterval: POLL_INTERVAL_MS,
    refetchOnWindowFocus: true,
  });
}
