import { api, type Page } from '../../../api/client.ts';

/** One in-app notification of the signed-in user, its title already in the UI language. */
export interface AppNotification {
  id: number;
  /** What happened, e.g. `task.due`. */
  kind: string;
  title: string;
  params: Record<string, unknown>;
  /** The record it is about, or null. */
  link: { object: string; recordId: number } | null;
  actor: { id: number; name: string } | null;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
}

export type NotificationQuery = {
  unread?: boolean;
  limit?: number;
  cursor?: string;
};

export const notificationsApi = {
  list: (query: NotificationQuery) => api.get<Page<AppNotification>>('/notifications', { query }),
  unreadCount: () => api.get<{ count: number }>('/notifications/unread-count'),
  markRead: (id: number) => api.post<void>(`/notifications/${id}/read`),
  markAllRead: () => api.post<{ updated: number }>('/notifications/read-all'),
};

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;
