import type { Database } from '../db/database.ts';
import { invalidFields } from '../errors.ts';
import { type AuditActor, diffChanges } from '../platform/audit/record-audit.ts';
import { changeMetadata } from './change-metadata.ts';
import type { UpdateObjectInput } from './metadata.schemas.ts';
import type { Labels, ObjectMeta } from './metadata-model.ts';
import { requireObject } from './object-lookup.ts';
import { planObjectChange } from './schema-sync/plan-object-change.ts';
import './metadata.messages.ts';

/**
 * Changes an object's labels, plural labels, icon or title field (metadata only). A new label without a new
 * plural drops the old plural of that language, which named something else.
 */
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
    const labels = input.label ?? current.labels;
    const desired = {
      apiName: current.apiName,
      tableName: current.tableName,
      labels,
      pluralLabels: input.pluralLabel ?? pluralsStillNaming(current, labels),
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
          {
            labels: current.labels,
            pluralLabels: current.pluralLabels,
            icon: current.icon,
            nameField: current.nameField,
          },
          {
            labels: desired.labels,
            pluralLabels: desired.pluralLabels,
            icon: desired.icon,
            nameField: desired.nameField,
          },
        ),
      },
      result: (after) => requireObject(after, apiName),
    };
  });
}

/** The plural labels of `current` in the languages whose label stays as it was. */
function pluralsStillNaming(current: ObjectMeta, labels: Labels): Partial<Labels> {
  return Object.fromEntries(
    Object.entries(current.pluralLabels).filter(
      ([locale]) => current.labels[locale as keyof Labels] === labels[locale as keyof Labels],
    ),
  );
}
