import type { Database } from '../db/database.ts';
import { conflict } from '../errors.ts';
import type { AuditActor } from '../platform/audit/record-audit.ts';
import { changeMetadata } from './change-metadata.ts';
import { assertNotUsedByFormulas } from './formula-validation.ts';
import { removeFieldFromLayout } from './layouts/layout.repository.ts';
import { requireField, requireObject } from './object-lookup.ts';
import { planFieldChange } from './schema-sync/plan-field-change.ts';
import './metadata.messages.ts';

/** Removes a field and its column (the other columns keep their data). Built-in fields of built-in objects: 409. */
export async function deleteField(
  database: Database,
  actor: AuditActor,
  objectApiName: string,
  fieldApiName: string,
): Promise<void> {
  await changeMetadata(database, actor, async (trx) => {
    const object = await requireObject(trx, objectApiName);
    const field = requireField(object, fieldApiName);
    if (!object.isCustom && !field.isCustom) throw conflict('field.built_in_not_deletable');
    assertNotUsedByFormulas(object, field);
    const actions = planFieldChange(object, field, null, {
      dialect: database.dialect,
      tableOf: () => undefined,
    });
    await removeFieldFromLayout(trx, object.id, field.apiName);
    if (object.nameField === field.apiName) {
      actions.push({ kind: 'updateObjectMetadata', object, changes: { nameField: null } });
    }
    return {
      actions,
      change: { action: 'delete', entityType: 'field', entityId: `${objectApiName}.${fieldApiName}` },
      result: async () => undefined,
    };
  });
}
