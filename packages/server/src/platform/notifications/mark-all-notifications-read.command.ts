import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { markAllNotificationsRead } from './notification.repository.ts';

/** Marks every unread notification of the user read in one statement; returns how many changed. */
export async function markEveryNotificationRead(db: Kysely<DB>, userId: number): Promise<number> {
  return markAllNotificationsRead(db, userId, new Date().toISOString());
}
