import type { Database } from '../db/database.ts';
import { invalidFields } from '../errors.ts';
import { type AuditActor, diffChanges } from '../platform/audit/record-audit.ts';
import { changeMetadata } from './change-metadata.ts';
import type { UpdateObjectInput } from './metadata.schemas.ts';
import type { ObjectMeta } from './metadata-model.ts';
import { requireObject } from './object-lookup.ts';
import { planObjectChange } from './schema-sync/plan-object-change.ts';
import './metadata.messages.ts';

/** Changes an object's labels, icon or title field (metadata only). */
export async function updateObject(
  database: Database,
  actor: AuditActor,
  apiName: string,
  input: UpdateObjectInput,
): Promise<ObjectMeta> {
  return changeMetadata(database, actor, async (trx) => {
    const current = await requireObject(trx, apiName);
    const nameField = input.nameField === undefined ? current.nameField : input.nameField;
    if (nameField !== null && !current.fields.some((field) => field.apiName === nameField)) {
      throw invalidFields([{ field: 'nameField', code: 'object.unknown_name_field' }]);
    }
    const desired = {
      apiName: current.apiName,
      tableName: current.tableName,
      labels: input.label ?? current.labels,
      icon: input.icon === undefined ? current.icon : input.icon,
      nameField,
      isCustom: current.isCustom,
    };
    return {
      actions: planObjectChange(current, desired),
      change: {
        action: 'update',
        entityType: 'object',
        entityId: apiName,
        changes: diffChanges(
          { labels: current.labels, icon: current.icon, nameField: current.nameField },
          { labels: desired.labels, icon: desired.icon, nameField: desired.nameField },
        ),
      },
      result: (after) => requireObject(after, apiName),
    };
  });
}
