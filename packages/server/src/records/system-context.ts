import type { Database } from '../db/database.ts';
import type { Viewer } from '../http/access.ts';
import { PermissionSet } from '../platform/permissions/permission-set.ts';
import { type RecordContext, recordContext } from './record-context.ts';

/** Every action on every object with scope `all`, every field writable. */
const SYSTEM_PERMISSIONS = new PermissionSet([{ isAdmin: true, scopes: {}, fields: {} }]);

/**
 * A records context for what an object's behaviour does on the viewer's behalf — recomputing a contract's
 * receivable when a payment is recorded, moving a lead's links when it converts: the writes are attributed to
 * the viewer (history, audit, events) but not limited by their permissions, which the action that caused
 * them has already checked.
 */
export async function systemRecordContext(
  database: Database,
  object: string,
  actingFor: Viewer,
): Promise<RecordContext> {
  return recordContext(database, object, { ...actingFor, permissions: SYSTEM_PERMISSIONS, apiKey: null });
}
