import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { notifyChannel } from '../../db/notify.ts';
import type { DB } from '../../db/schema.ts';

/** The event type of every change to objects, fields, layouts or the company settings records depend on. */
export const METADATA_CHANGED = 'metadata.changed';

/** Notification channel on which instances hear that metadata changed (PostgreSQL). */
export const METADATA_CHANNEL = 'lodestar_metadata';

/** The `settings` row whose value changes with every metadata change (not a setting the API shows). */
const METADATA_VERSION_KEY = 'metadata.version';

/**
 * Tells every instance sharing the database that metadata changed, on the change's transaction: a new
 * version token (read by instances that cannot be notified, see `readMetadataVersion`) and a notification
 * at commit where the database has them. `emitEvent` calls it for each `metadata.changed` event.
 */
export async function announceMetadataChange(db: Kysely<DB>): Promise<void> {
  const adapter = db.getExecutor().adapter;
  localChanges.set(adapter, (localChanges.get(adapter) ?? 0) + 1);
  const row = { value: JSON.stringify(randomUUID()), updated_at: new Date().toISOString(), updated_by: null };
  await db
    .insertInto('settings')
    .values({ key: METADATA_VERSION_KEY, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
  await notifyChannel(db, METADATA_CHANNEL);
}

/** Changes announced per open database (keyed like `capabilitiesOf`: transactions share their database's adapter). */
const localChanges = new WeakMap<object, number>();

/**
 * How many metadata changes have been announced through this open database (committed or not): a registry
 * that loaded at an older count reloads, so a change is seen at once by its own instance, whatever code path
 * made it.
 */
export const localMetadataChanges = (db: Kysely<DB>): number =>
  localChanges.get(db.getExecutor().adapter) ?? 0;

/** The current metadata version token ('' before the first change). */
export async function readMetadataVersion(db: Kysely<DB>): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', METADATA_VERSION_KEY)
    .executeTakeFirst();
  return row?.value ?? '';
}
