import type { AppNotification } from '../api/notifications.api.ts';

/** The record page a notification links to, or null when it links nowhere. */
export function notificationHref(notification: Pick<AppNotification, 'link'>): string | null {
  const { link } = notification;
  return link ? `/o/${encodeURIComponent(link.object)}/${link.recordId}` : null;
}
