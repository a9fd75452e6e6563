import type { Database } from '../db/database.ts';
import { type AuditActor, diffChanges } from '../platform/audit/record-audit.ts';
import { changeMetadata } from './change-metadata.ts';
import { buildFieldDraft } from './field-draft.ts';
import type { UpdateFieldInput } from './metadata.schemas.ts';
import type { FieldMeta } from './metadata-model.ts';
import { requireField, requireObject } from './object-lookup.ts';
import { planFieldChange } from './schema-sync/plan-field-change.ts';
import './metadata.messages.ts';

/**
 * Changes a field's labels, help text, required, default, options, position or uniqueness. A type change
 * is refused (422): column conversion is not available yet.
 */
export async function updateField(
  database: Database,
  actor: AuditActor,
  objectApiName: string,
  fieldApiName: string,
  input: UpdateFieldInput,
): Promise<FieldMeta> {
  return changeMetadata(database, actor, async (trx) => {
    const object = await requireObject(trx, objectApiName);
    const current = requireField(object, fieldApiName);
    if (input.type !== undefined && input.type !== current.type) {
      // Refused with the reason before the old type's options are checked against the new type.
      planFieldChange(
        object,
        current,
        { ...current, type: input.type },
        { dialect: database.dialect, tableOf: () => undefined },
      );
    }
    const desired = await buildFieldDraft(
      object,
      {
        apiName: current.apiName,
        type: input.type ?? current.type,
        labels: input.label ?? current.labels,
        required: input.required ?? current.required,
        unique: input.unique ?? current.unique,
        defaultValue: input.defaultValue === undefined ? current.defaultValue : input.defaultValue,
        helpText: input.helpText === undefined ? current.helpText : input.helpText,
        options: input.options ?? current.options,
        position: input.position ?? current.position,
      },
      current.isCustom,
      current,
    );
    const actions = planFieldChange(object, current, desired, {
      dialect: database.dialect,
      tableOf: () => undefined,
    });
    const keys = ['labels', 'required', 'unique', 'defaultValue', 'helpText', 'options', 'position'] as const;
    const pick = (field: FieldMeta | typeof desired) => Object.fromEntries(keys.map((k) => [k, field[k]]));
    return {
      actions,
      change: {
        action: 'update',
        entityType: 'field',
        entityId: `${objectApiName}.${fieldApiName}`,
        changes: diffChanges(pick(current), pick(desired)),
      },
      result: async (after) => requireField(await requireObject(after, objectApiName), fieldApiName),
    };
  });
}
