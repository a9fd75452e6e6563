import type { Database } from '../db/database.ts';
import type { AuditActor } from '../platform/audit/record-audit.ts';
import { loadTagGroupIndex } from '../platform/tag-groups/tag-group-index.ts';
import { changeMetadata } from './change-metadata.ts';
import { buildFieldDraft } from './field-draft.ts';
import { loadAllObjects } from './metadata.repository.ts';
import type { CreateFieldInput } from './metadata.schemas.ts';
import type { FieldMeta } from './metadata-model.ts';
import { requireField, requireObject } from './object-lookup.ts';
import { planFieldChange } from './schema-sync/plan-field-change.ts';
import './metadata.messages.ts';

/** Adds a custom field to an object: a field row and a nullable column, in one transaction. */
export async function createField(
  database: Database,
  actor: AuditActor,
  objectApiName: string,
  input: CreateFieldInput,
): Promise<FieldMeta> {
  return changeMetadata(database, actor, async (trx) => {
    const object = await requireObject(trx, objectApiName);
    const draft = await buildFieldDraft(
      object,
      {
        apiName: input.apiName,
        type: input.type,
        labels: input.label,
        required: input.required ?? false,
        unique: input.unique ?? false,
        defaultValue: input.defaultValue,
        helpText: input.helpText ?? null,
        options: input.options ?? {},
        position: input.position,
      },
      true,
      undefined,
      await loadTagGroupIndex(trx),
    );
    const objects = await loadAllObjects(trx);
    const actions = planFieldChange(object, null, draft, {
      dialect: database.dialect,
      tableOf: (apiName) => objects.find((o) => o.apiName === apiName)?.tableName,
    });
    return {
      actions,
      change: { action: 'create', entityType: 'field', entityId: `${objectApiName}.${input.apiName}` },
      result: async (after) => requireField(await requireObject(after, objectApiName), input.apiName),
    };
  });
}
