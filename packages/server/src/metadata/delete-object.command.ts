import type { Database } from '../db/database.ts';
import { conflict } from '../errors.ts';
import type { AuditActor } from '../platform/audit/record-audit.ts';
import { changeMetadata } from './change-metadata.ts';
import { requireObject } from './object-lookup.ts';
import { planObjectChange } from './schema-sync/plan-object-change.ts';
import './metadata.messages.ts';

/**
 * Deletes a custom object with its table and records. Built-in objects (409) and objects that lookup
 * fields of other objects still point at (409, naming them) are kept.
 */
export async function deleteObject(database: Database, actor: AuditActor, apiName: string): Promise<void> {
  await changeMetadata(database, actor, async (trx) => {
    const current = await requireObject(trx, apiName);
    if (!current.isCustom) throw conflict('object.built_in_not_deletable');
    const referencing = await trx
      .selectFrom('meta_fields')
      .innerJoin('meta_objects', 'meta_objects.id', 'meta_fields.object_id')
      .select(['meta_objects.api_name as object', 'meta_fields.api_name as field', 'meta_fields.options'])
      .where('meta_fields.type', '=', 'lookup')
      .where('meta_fields.object_id', '!=', current.id)
      .execute();
    const blockers = referencing
      .filter((row) => JSON.parse(row.options).target === apiName)
      .map((row) => `${row.object}.${row.field}`);
    if (blockers.length > 0) throw conflict('object.referenced', { fields: blockers.join(', ') });
    return {
      actions: planObjectChange(current, null),
      change: { action: 'delete', entityType: 'object', entityId: apiName },
      result: async () => undefined,
    };
  });
}
