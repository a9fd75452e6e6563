import type { Database } from '../db/database.ts';
import { type AuditActor, diffChanges } from '../platform/audit/record-audit.ts';
import { loadTagGroupIndex } from '../platform/tag-groups/tag-group-index.ts';
import { changeMetadata } from './change-metadata.ts';
import { buildFieldDraft } from './field-draft.ts';
import type { FieldType } from './field-types/index.ts';
import { fieldTypeModule } from './field-types/index.ts';
import type { UpdateFieldInput } from './metadata.schemas.ts';
import type { FieldMeta } from './metadata-model.ts';
import { requireField, requireObject } from './object-lookup.ts';
import { planFieldChange } from './schema-sync/plan-field-change.ts';
import { planTypeChange } from './type-change/plan-type-change.ts';
import { typeConversionFor } from './type-change/preview-type-change.query.ts';

const canBeUnique = (type: FieldType) => fieldTypeModule(type)?.canBeUnique ?? false;

import './metadata.messages.ts';

/**
 * Changes a field's labels, help text, required, default, options, position or uniqueness, or its type:
 * the column is converted (see `planTypeChange`; values that would be lost need `confirmLoss`). A type
 * change resets the default unless a new one is given; field history is not written for the conversion,
 * the audit entry names the old and new type.
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
    const typeChanged = input.type !== undefined && input.type !== current.type;
    // An impossible change or bad options for the new type are refused before anything else is checked.
    const conversion = typeChanged ? typeConversionFor(current, input.type!, input.options) : null;
    const desired = await buildFieldDraft(
      object,
      {
        apiName: current.apiName,
        type: input.type ?? current.type,
        labels: input.label ?? current.labels,
        required: input.required ?? current.required,
        unique: input.unique ?? (current.unique && (!conversion || canBeUnique(input.type!))),
        defaultValue:
          input.defaultValue !== undefined ? input.defaultValue : conversion ? null : current.defaultValue,
        helpText: input.helpText === undefined ? current.helpText : input.helpText,
        options: conversion?.to.options ?? input.options ?? current.options,
        position: input.position ?? current.position,
      },
      current.isCustom,
      current,
      await loadTagGroupIndex(trx),
    );
    const actions = conversion
      ? await planTypeChange(trx, database.dialect, object, current, desired, conversion, !!input.confirmLoss)
      : planFieldChange(object, current, desired, { dialect: database.dialect, tableOf: () => undefined });
    const keys = [
      'type',
      'labels',
      'required',
      'unique',
      'defaultValue',
      'helpText',
      'options',
      'position',
    ] as const;
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
