import type { Kysely } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import type { DB, NotificationTable } from '../../db/schema.ts';

/** A notification with its actor's name, as lists show it. */
export interface NotificationViewRow {
  id: number;
  kind: string;
  params: string;
  object: string | null;
  record_id: number | null;
  actor_user_id: number | null;
  actor_name: string | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationListCriteria {
  userId: number;
  unreadOnly: boolean;
  /** Keyset: only notifications with a smaller id (the list runs newest first). */
  beforeId?: number | undefined;
  limit: number;
}

/** Inserts notifications and returns their ids with their recipients. */
export async function insertNotifications(
  db: Kysely<DB>,
  values: Array<Omit<NotificationTable, 'id'>>,
): Promise<Array<{ id: number; user_id: number }>> {
  return insertRows<{ id: number; user_id: number }>(db, 'notifications', values, 'all');
}

/** One page of a user's notifications, newest first; fetches `limit + 1` rows to detect a next page. */
export async function listNotificationViews(
  db: Kysely<DB>,
  criteria: NotificationListCriteria,
): Promise<NotificationViewRow[]> {
  let query = db
    .selectFrom('notifications')
    .leftJoin('users as actor', 'actor.id', 'notifications.actor_user_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.params',
      'notifications.object',
      'notifications.record_id',
      'notifications.actor_user_id',
      'actor.name as actor_name',
      'notifications.created_at',
      'notifications.read_at',
    ])
    .where('notifications.user_id', '=', criteria.userId);
  if (criteria.unreadOnly) query = query.where('notifications.read_at', 'is', null);
  if (criteria.beforeId !== undefined) query = query.where('notifications.id', '<', criteria.beforeId);
  return query
    .orderBy('notifications.id', 'desc')
    .limit(criteria.limit + 1)
    .execute();
}

/** How many unread notifications a user has (a range scan of the (user_id, read_at, id) index). */
export async function countUnreadNotifications(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Whether the notification exists and belongs to the user. */
export async function notificationBelongsTo(db: Kysely<DB>, id: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks one of the user's notifications read if it is unread; returns how many rows changed (0 or 1). */
export async function markNotificationRead(
  db: Kysely<DB>,
  id: number,
  userId: number,
  at: string,
): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks all of the user's unread notifications read; returns how many changed. */
export async function markAllNotificationsRead(db: Kysely<DB>, userId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
