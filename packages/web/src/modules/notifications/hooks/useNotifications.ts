import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATIONS_QUERY_KEY,
  type NotificationQuery,
  notificationsApi,
} from '../api/notifications.api.ts';

/** One page of the signed-in user's notifications, newest first, titles in the UI language. */
export function useNotifications(query: NotificationQuery, options: { enabled?: boolean } = {}) {
  // Titles are rendered by the server in the request's language: a language switch is a new query.
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'list', i18n.language, query],
    queryFn: () => notificationsApi.list(query),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
