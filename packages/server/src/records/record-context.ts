import { formulaFieldNames } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { Database, DialectName } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import type { Viewer } from '../http/access.ts';
import { conditionSchemaFor } from '../metadata/condition-schema-for.ts';
import { fieldTypeModule } from '../metadata/field-types/index.ts';
import type { FieldMeta, ObjectMeta } from '../metadata/metadata-model.ts';
import { type MetadataSnapshot, metadataRegistryOf } from '../metadata/metadata-registry.ts';
import type { PermissionSet } from '../platform/permissions/permission-set.ts';
import { loadTagGroupIndex, type TagGroupIndex } from '../platform/tag-groups/tag-group-index.ts';
import type { ConditionSchema } from './conditions/condition-schema.ts';
import { parsedFormula } from './formulas/computed-field.ts';
import './records.messages.ts';

/** Everything a records operation needs: the database, the object's metadata and who acts. */
export interface RecordContext {
  database: Database;
  object: ObjectMeta;
  viewer: Viewer;
  /** The condition language's view of the metadata: only fields the viewer may see, with value encoders. */
  conditionSchema: ConditionSchema;
  /** The tag groups, loaded when the object has a `tags` field (its values are checked against them). */
  tagGroups?: TagGroupIndex;
  /**
   * The viewer's time zone, in which relative dates ("today", "this month") are read: the user's own, else
   * the company's (settings), Asia/Shanghai by default.
   */
  timeZone: string;
}

/**
 * The context for `objectApiName`, or a 404 when no such object exists. Inside an open transaction (a
 * behaviour, a business action) pass the transaction as `trx`: whatever must be read is read through it.
 */
export async function recordContext(
  database: Database,
  objectApiName: string,
  viewer: Viewer,
  trx?: Kysely<DB>,
): Promise<RecordContext> {
  const snapshot = await metadataRegistryOf(database).snapshot(trx);
  const object = snapshot.object(objectApiName);
  if (!object) throw notFound('object.not_found', { object: objectApiName });
  const conditionSchema = viewerConditionSchema(snapshot, database.dialect, viewer);
  const hasTags = object.fields.some((field) => field.type === 'tags');
  const tagGroups = hasTags ? await loadTagGroupIndex(trx ?? database.db) : undefined;
  return {
    database,
    object,
    viewer,
    conditionSchema,
    timeZone: viewer.timeZone ?? snapshot.timeZone,
    ...(tagGroups ? { tagGroups } : {}),
  };
}

/** Condition schemas per metadata snapshot and dialect, then per permission set (viewers are cached too). */
const schemasBySnapshot = new WeakMap<
  MetadataSnapshot,
  Map<DialectName, { full: ConditionSchema; byPermissions: WeakMap<PermissionSet, ConditionSchema> }>
>();

/**
 * The condition schema a viewer works with: the snapshot's, without the fields hidden from the viewer and
 * with each field type's value encoder. Built once per snapshot and permission set, not per request.
 */
function viewerConditionSchema(
  snapshot: MetadataSnapshot,
  dialect: DialectName,
  viewer: Viewer,
): ConditionSchema {
  let byDialect = schemasBySnapshot.get(snapshot);
  if (!byDialect) {
    byDialect = new Map();
    schemasBySnapshot.set(snapshot, byDialect);
  }
  let entry = byDialect.get(dialect);
  if (!entry) {
    entry = { full: conditionSchemaFor(snapshot, dialect), byPermissions: new WeakMap() };
    byDialect.set(dialect, entry);
  }
  let schema = entry.byPermissions.get(viewer.permissions);
  if (!schema) {
    schema = filteredConditionSchema(snapshot, entry.full, viewer);
    entry.byPermissions.set(viewer.permissions, schema);
  }
  return schema;
}

/** `full` without the fields hidden from `viewer`, with value encoders; each object worked out once. */
function filteredConditionSchema(
  snapshot: MetadataSnapshot,
  full: ConditionSchema,
  viewer: Viewer,
): ConditionSchema {
  const cache = new Map<string, ReturnType<ConditionSchema>>();
  return (apiName) => {
    if (cache.has(apiName)) return cache.get(apiName);
    const target = full(apiName);
    if (!target) return undefined;
    const metaFields = snapshot.object(apiName)?.fields ?? [];
    const objectMeta = snapshot.object(apiName);
    const fields = Object.fromEntries(
      Object.entries(target.fields)
        .filter(([field]) => {
          const fieldMeta = metaFields.find((f) => f.apiName === field);
          return !(objectMeta && fieldMeta && fieldHiddenFrom(viewer, objectMeta, fieldMeta));
        })
        .map(([name, field]) => {
          const meta = metaFields.find((f) => f.apiName === name);
          const encode = meta && fieldTypeModule(meta.type)?.encodeConditionValue;
          return [
            name,
            encode ? { ...field, encodeValue: (value: unknown) => encode(value, meta.options) } : field,
          ];
        }),
    );
    const result = { ...target, fields };
    cache.set(apiName, result);
    return result;
  };
}

/** The fields of the context's object that the viewer may see. */
export function visibleFields(context: RecordContext): FieldMeta[] {
  let fields = visibleFieldsOf.get(context);
  if (!fields) {
    fields = context.object.fields.filter((field) => !fieldHiddenFrom(context.viewer, context.object, field));
    visibleFieldsOf.set(context, fields);
  }
  return fields;
}

/** Worked out once per context: a page presents every record with the same fields. */
const visibleFieldsOf = new WeakMap<RecordContext, FieldMeta[]>();

/**
 * Whether the viewer may not see `field`: hidden to them, or a formula reading a field hidden to them (its
 * value, filters and sorts would reveal that field).
 */
export function fieldHiddenFrom(viewer: Viewer, object: ObjectMeta, field: FieldMeta): boolean {
  const hidden = (name: string) => viewer.permissions.fieldAccess(object.apiName, name) === 'hidden';
  if (hidden(field.apiName)) return true;
  if (!fieldTypeModule(field.type)?.computed) return false;
  return formulaFieldNames(parsedFormula(String(field.options.expression))).some(hidden);
}
