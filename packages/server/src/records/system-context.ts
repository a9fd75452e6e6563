import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { Viewer } from '../http/access.ts';
import { PermissionSet } from '../platform/permissions/permission-set.ts';
import { type RecordContext, recordContext } from './record-context.ts';

/** Every action on every object with scope `all`, every field writable. */
const SYSTEM_PERMISSIONS = new PermissionSet([{ isAdmin: true, scopes: {}, fields: {} }]);

/**
 * A records context for what an object's behaviour does on the viewer's behalf — recomputing a contract's
 * receivable when a payment is recorded, moving a lead's links when it converts: the writes are attributed to
 * the viewer (history, audit, events) but not limited by their permissions, which the action that caused
 * them has already checked. `trx` is the transaction the context is used in (required: such writes happen
 * inside one, where reading through the database's own connection could wait for itself on SQLite).
 */
export async function systemRecordContext(
  database: Database,
  object: string,
  actingFor: Viewer,
  trx: Kysely<DB>,
): Promise<RecordContext> {
  const viewer = { ...actingFor, permissions: SYSTEM_PERMISSIONS, apiKey: null };
  return recordContext(database, object, viewer, trx);
}
