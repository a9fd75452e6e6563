import type { Kysely } from 'kysely';
import { notifyChannel } from '../../db/notify.ts';
import type { DB } from '../../db/schema.ts';

/** Notification channel on which instances hear that users, roles, departments or sessions changed (PostgreSQL). */
export const VIEWERS_CHANNEL = 'lodestar_viewers';

/** Changes announced per open database (keyed by adapter, like `localMetadataChanges`). */
const localChanges = new WeakMap<object, number>();

/**
 * Tells the viewer caches that something a viewer is built from changed: a user, their roles or department,
 * a role's permissions, a session. Call it on the change's transaction (or after a write outside one): this
 * instance drops its cached viewers at once, the others when the notification arrives at commit (PostgreSQL)
 * or when their cache entries expire.
 */
export async function announceViewerChange(db: Kysely<DB>): Promise<void> {
  const adapter = db.getExecutor().adapter;
  localChanges.set(adapter, (localChanges.get(adapter) ?? 0) + 1);
  await notifyChannel(db, VIEWERS_CHANNEL);
}

/** Bumps this process's change count without a notification (a notification from another instance arrived). */
export function markViewersChanged(db: Kysely<DB>): void {
  const adapter = db.getExecutor().adapter;
  localChanges.set(adapter, (localChanges.get(adapter) ?? 0) + 1);
}

/** How many viewer changes this process has announced or heard through this open database. */
export const localViewerChanges = (db: Kysely<DB>): number => localChanges.get(db.getExecutor().adapter) ?? 0;
