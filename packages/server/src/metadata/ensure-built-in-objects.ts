import type { Database } from '../db/database.ts';
import { takeWriteLock } from '../db/locking.ts';
import { BUILT_IN_OBJECTS, type BuiltInObject } from './built-in-objects.ts';
import { buildFieldDraft } from './field-draft.ts';
import { findObject, loadAllObjects } from './metadata.repository.ts';
import { metadataRegistryOf } from './metadata-registry.ts';
import { tableNameFor } from './naming.ts';
import { applySchemaActions } from './schema-sync/apply-schema-actions.ts';
import { createFieldIndexes } from './schema-sync/field-index.ts';
import { planFieldChange } from './schema-sync/plan-field-change.ts';
import { planObjectChange } from './schema-sync/plan-object-change.ts';

/**
 * Creates the built-in objects and fields that do not exist yet, through the same schema sync as custom
 * ones, in one transaction. Idempotent: existing objects and fields (possibly changed by admins) are kept
 * as they are; missing field indexes (`createFieldIndexes`) are created. Returns the number of objects and fields
 * created.
 */
export async function ensureBuiltInObjects(
  database: Database,
  declarations: BuiltInObject[] = BUILT_IN_OBJECTS,
): Promise<{ objects: number; fields: number }> {
  const created = { objects: 0, fields: 0 };
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    for (const declaration of declarations) {
      if (!(await findObject(trx, declaration.apiName))) {
        const draft = {
          apiName: declaration.apiName,
          tableName: tableNameFor(declaration.apiName),
          labels: declaration.label,
          icon: declaration.icon,
          nameField: null,
          isCustom: false,
        };
        await applySchemaActions(trx, database.dialect, planObjectChange(null, draft));
        created.objects += 1;
      }
      const objects = await loadAllObjects(trx);
      let object = objects.find((o) => o.apiName === declaration.apiName)!;
      for (const field of declaration.fields) {
        if (object.fields.some((f) => f.apiName === field.apiName)) continue;
        const draft = await buildFieldDraft(
          object,
          {
            apiName: field.apiName,
            type: field.type,
            labels: field.label,
            required: field.required ?? false,
            unique: false,
            defaultValue: null,
            helpText: null,
            options: field.options ?? {},
          },
          false,
        );
        const actions = planFieldChange(object, null, draft, {
          dialect: database.dialect,
          tableOf: (apiName) => objects.find((o) => o.apiName === apiName)?.tableName,
        });
        await applySchemaActions(trx, database.dialect, actions);
        created.fields += 1;
        object = (await findObject(trx, declaration.apiName))!;
      }
      if (object.nameField === null && object.fields.some((f) => f.apiName === declaration.nameField)) {
        await applySchemaActions(trx, database.dialect, [
          { kind: 'updateObjectMetadata', object, changes: { nameField: declaration.nameField } },
        ]);
      }
    }
    // Databases created before fields had plain indexes get them here (a no-op once they exist).
    for (const object of await loadAllObjects(trx)) {
      for (const field of object.fields) {
        await createFieldIndexes(trx, field.type, object.tableName, field.columnName);
      }
    }
  });
  metadataRegistryOf(database).invalidate();
  return created;
}
