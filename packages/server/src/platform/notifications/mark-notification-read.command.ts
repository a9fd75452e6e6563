import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { markNotificationRead, notificationBelongsTo } from './notification.repository.ts';

export interface MarkNotificationReadProps {
  userId: number;
  notificationId: number;
}

/**
 * Marks one of the user's notifications read. Marking a read one again keeps its first read time; a
 * notification of another user is a 404, exactly like one that does not exist.
 */
export async function markOneNotificationRead(
  db: Kysely<DB>,
  { userId, notificationId }: MarkNotificationReadProps,
): Promise<void> {
  const changed = await markNotificationRead(db, notificationId, userId, new Date().toISOString());
  if (changed > 0) return;
  if (!(await notificationBelongsTo(db, notificationId, userId))) throw notFound();
}
