import type { Database } from '../db/database.ts';
import { conflict } from '../errors.ts';
import type { AuditActor } from '../platform/audit/record-audit.ts';
import { changeMetadata } from './change-metadata.ts';
import { assertValidApiName } from './field-draft.ts';
import { findObject } from './metadata.repository.ts';
import type { CreateObjectInput } from './metadata.schemas.ts';
import type { ObjectDraft, ObjectMeta } from './metadata-model.ts';
import { tableNameFor } from './naming.ts';
import { requireObject } from './object-lookup.ts';
import { planObjectChange } from './schema-sync/plan-object-change.ts';
import './metadata.messages.ts';

/** Creates a custom object and its record table (422 for a bad api name, 409 when it exists). */
export async function createObject(
  database: Database,
  actor: AuditActor,
  input: CreateObjectInput,
): Promise<ObjectMeta> {
  assertValidApiName(input.apiName);
  return changeMetadata(database, actor, async (trx) => {
    if (await findObject(trx, input.apiName))
      throw conflict('object.api_name_taken', { apiName: input.apiName });
    const draft: ObjectDraft = {
      apiName: input.apiName,
      tableName: tableNameFor(input.apiName),
      labels: input.label,
      pluralLabels: input.pluralLabel ?? {},
      icon: input.icon ?? null,
      nameField: null,
      isCustom: true,
    };
    return {
      actions: planObjectChange(null, draft),
      change: { action: 'create', entityType: 'object', entityId: input.apiName },
      result: (after) => requireObject(after, input.apiName),
    };
  });
}
