import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { takeWriteLock } from '../db/locking.ts';
import type { DB } from '../db/schema.ts';
import { insertTagGroup, tagGroupKeyTaken } from '../platform/tag-groups/tag-group.repository.ts';
import { loadTagGroupIndex } from '../platform/tag-groups/tag-group-index.ts';
import {
  BUILT_IN_OBJECTS,
  BUILT_IN_TAG_GROUPS,
  type BuiltInField,
  type BuiltInObject,
  type BuiltInTagGroup,
} from './built-in/index.ts';
import { buildFieldDraft } from './field-draft.ts';
import { findObject, loadAllObjects } from './metadata.repository.ts';
import type { FieldMeta, Labels, ObjectMeta } from './metadata-model.ts';
import { metadataRegistryOf } from './metadata-registry.ts';
import { tableNameFor } from './naming.ts';
import { applySchemaActions } from './schema-sync/apply-schema-actions.ts';
import { createFieldIndexes } from './schema-sync/field-index.ts';
import { planFieldChange } from './schema-sync/plan-field-change.ts';
import { planObjectChange } from './schema-sync/plan-object-change.ts';

/** What `ensureBuiltInObjects` declares; tests pass their own. */
export interface BuiltInDeclarations {
  objects: BuiltInObject[];
  tagGroups: BuiltInTagGroup[];
}

const SHIPPED: BuiltInDeclarations = { objects: BUILT_IN_OBJECTS, tagGroups: BUILT_IN_TAG_GROUPS };

/**
 * Creates the built-in objects and fields that do not exist yet, through the same schema sync as custom
 * ones, in one transaction: first every missing table (so lookups may point either way), then every missing
 * field. Idempotent: existing objects and fields (possibly changed by admins) are kept as they are, with two
 * exceptions — a built-in field an earlier release declared with another type is re-created with the declared
 * type when it holds no value (otherwise it is left alone), and an object created before objects had plural
 * labels gets the declared ones unless an admin renamed it. Missing field indexes (`createFieldIndexes`) are
 * created. Returns the number of objects and fields created.
 */
export async function ensureBuiltInObjects(
  database: Database,
  declarations: BuiltInDeclarations = SHIPPED,
): Promise<{ objects: number; fields: number }> {
  const created = { objects: 0, fields: 0 };
  await database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, database.caps);
    for (const group of declarations.tagGroups) {
      if (!(await tagGroupKeyTaken(trx, group.key)))
        await insertTagGroup(trx, { key: group.key, label: group.label, tags: group.tags, position: 0 });
    }
    for (const declaration of declarations.objects) {
      const existing = await findObject(trx, declaration.apiName);
      if (existing) {
        await givePluralLabels(trx, database, existing, declaration);
        continue;
      }
      const draft = {
        apiName: declaration.apiName,
        tableName: tableNameFor(declaration.apiName),
        labels: declaration.label,
        pluralLabels: declaration.pluralLabel,
        icon: declaration.icon,
        nameField: null,
        isCustom: false,
      };
      await applySchemaActions(trx, database.dialect, planObjectChange(null, draft));
      created.objects += 1;
    }
    for (const declaration of declarations.objects) {
      created.fields += await ensureFields(trx, database, declaration);
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

/**
 * Gives `object`, created by a release before objects had plural labels, the declared ones — except in a
 * language where an admin renamed it (the declared plural would name something else there).
 */
async function givePluralLabels(
  trx: Transaction<DB>,
  database: Database,
  object: ObjectMeta,
  declaration: BuiltInObject,
): Promise<void> {
  if (Object.keys(object.pluralLabels).length > 0) return;
  const pluralLabels = Object.fromEntries(
    Object.entries(declaration.pluralLabel).filter(
      ([locale]) => object.labels[locale as keyof Labels] === declaration.label[locale as keyof Labels],
    ),
  );
  if (Object.keys(pluralLabels).length === 0) return;
  await applySchemaActions(trx, database.dialect, [
    { kind: 'updateObjectMetadata', object, changes: { pluralLabels } },
  ]);
}

/** Adds the declared fields `declaration`'s object lacks; returns how many were added. */
async function ensureFields(
  trx: Transaction<DB>,
  database: Database,
  declaration: BuiltInObject,
): Promise<number> {
  let added = 0;
  const objects = await loadAllObjects(trx);
  const planContext = {
    dialect: database.dialect,
    tableOf: (apiName: string) => objects.find((o) => o.apiName === apiName)?.tableName,
  };
  let object = objects.find((o) => o.apiName === declaration.apiName)!;
  for (const field of declaration.fields) {
    const existing = object.fields.find((f) => f.apiName === field.apiName);
    if (existing && !(await replaceableEarlierField(trx, object, existing, field))) continue;
    if (existing) {
      await applySchemaActions(
        trx,
        database.dialect,
        planFieldChange(object, existing, null, { ...planContext, tableOf: () => undefined }),
      );
      object = (await findObject(trx, declaration.apiName))!;
    }
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
      undefined,
      await loadTagGroupIndex(trx),
    );
    await applySchemaActions(trx, database.dialect, planFieldChange(object, null, draft, planContext));
    added += 1;
    object = (await findObject(trx, declaration.apiName))!;
  }
  if (object.nameField === null && object.fields.some((f) => f.apiName === declaration.nameField)) {
    await applySchemaActions(trx, database.dialect, [
      { kind: 'updateObjectMetadata', object, changes: { nameField: declaration.nameField } },
    ]);
  }
  return added;
}

/**
 * Whether `existing` is a built-in field of an earlier release whose declared type has since changed and
 * that holds no value, so it can be re-created with the new type without losing anything.
 */
async function replaceableEarlierField(
  trx: Transaction<DB>,
  object: ObjectMeta,
  existing: FieldMeta,
  declared: BuiltInField,
): Promise<boolean> {
  if (existing.isCustom || existing.type === declared.type) return false;
  const row = await trx
    // biome-ignore lint/suspicious/noExplicitAny: a record table, named by the metadata
    .selectFrom(object.tableName as any)
    .select('id')
    // biome-ignore lint/suspicious/noExplicitAny: a record column, named by the metadata
    .where(existing.columnName as any, 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row === undefined;
}
