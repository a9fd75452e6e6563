import type { Locale } from '@lodestar/shared';
import type { NotificationViewRow } from './notification.repository.ts';
import type { NotificationOutput } from './notification.schemas.ts';
import { renderNotificationTitle } from './notification-kinds.ts';

/** The API shape of a notification, its title rendered in `locale`. */
export function presentNotification(row: NotificationViewRow, locale: Locale): NotificationOutput {
  const params = parseParams(row.params);
  return {
    id: row.id,
    kind: row.kind,
    title: renderNotificationTitle(locale, row.kind, params),
    params,
    link:
      row.object !== null && row.record_id !== null ? { object: row.object, recordId: row.record_id } : null,
    actor:
      row.actor_user_id !== null && row.actor_name !== null
        ? { id: row.actor_user_id, name: row.actor_name }
        : null,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function parseParams(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
