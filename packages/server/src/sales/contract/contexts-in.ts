import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { findObject } from '../../metadata/metadata.repository.ts';
import type { ObjectMeta } from '../../metadata/metadata-model.ts';
import { PermissionSet } from '../../platform/permissions/permission-set.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { loadTagGroupIndex } from '../../platform/tag-groups/tag-group-index.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import type { RecordContext } from '../../records/record-context.ts';

/**
 * Records contexts for other objects while a transaction is open. `recordContext` reads the metadata
 * registry, which may query the database outside the transaction; on SQLite (one connection) that waits for
 * the very transaction asking and never returns. So inside a transaction a context for another object is
 * derived from one the caller already has, with the object's metadata read on the transaction (once per
 * transaction and object).
 */

const objectsByTransaction = new WeakMap<Transaction<DB>, Map<string, Promise<ObjectMeta | undefined>>>();

async function objectIn(trx: Transaction<DB>, apiName: string): Promise<ObjectMeta> {
  let objects = objectsByTransaction.get(trx);
  if (!objects) {
    objects = new Map();
    objectsByTransaction.set(trx, objects);
  }
  let object = objects.get(apiName);
  if (!object) {
    object = findObject(trx, apiName);
    objects.set(apiName, object);
  }
  const found = await object;
  if (!found) throw new Error(`object ${apiName} does not exist`);
  return found;
}

/** The context of `object` for `viewer` (default: the base context's), on the open transaction. */
export async function contextIn(
  trx: Transaction<DB>,
  base: RecordContext,
  object: string,
  viewer: Viewer = base.viewer,
): Promise<RecordContext> {
  if (object === base.object.apiName && viewer === base.viewer) return base;
  const meta = await objectIn(trx, object);
  const tagGroups = meta.fields.some((field) => field.type === 'tags')
    ? await loadTagGroupIndex(trx)
    : undefined;
  // The condition schema is the base viewer's; these contexts read and write by id, never by condition.
  return {
    database: base.database,
    object: meta,
    viewer,
    conditionSchema: base.conditionSchema,
    timeZone: base.timeZone,
    ...(tagGroups ? { tagGroups } : {}),
  };
}

/** Every action on every object with scope `all`, every field writable (as `systemRecordContext`). */
const SYSTEM_PERMISSIONS = new PermissionSet([{ isAdmin: true, scopes: {}, fields: {} }]);

/**
 * The system's context of `object` acting for `actingFor` (default: the base context's viewer): writes are
 * attributed to them but not limited by their permissions (see `systemRecordContext`).
 */
export async function systemContextIn(
  trx: Transaction<DB>,
  base: RecordContext,
  object: string,
  actingFor: Viewer = base.viewer,
): Promise<RecordContext> {
  return contextIn(trx, base, object, { ...actingFor, permissions: SYSTEM_PERMISSIONS, apiKey: null });
}

/**
 * Today (YYYY-MM-DD) in the company's time zone, read from the settings on `db` (the open transaction, if
 * any): the day due dates are compared with.
 */
export async function companyToday(
  db: Kysely<DB> | Transaction<DB>,
  now: Date = new Date(),
): Promise<string> {
  const { locale } = await readSettings(db);
  return todayIn(now, locale.timezone);
}
