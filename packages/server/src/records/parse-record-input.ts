import type { Transaction } from 'kysely';
import { cachedQuery } from '../db/cached-query.ts';
import type { DB } from '../db/schema.ts';
import { AppError, invalidFields, invalidInput } from '../errors.ts';
import { isManagedField } from '../metadata/built-in/index.ts';
import { type DbValue, fieldTypeModule, isEmptyInput } from '../metadata/field-types/index.ts';
import { parseReference } from '../metadata/field-types/reference.ts';
import { metadataRegistryOf } from '../metadata/metadata-registry.ts';
import { assertFieldsWritable } from '../platform/permissions/field-access.ts';
import { loadRegionIndex } from '../platform/regions/region-index.ts';
import { EMPTY_TAG_GROUP_INDEX } from '../platform/tag-groups/tag-group-index.ts';
import { type FilesToLink, resolveAttachmentValues } from './attachment-values.ts';
import { rowsExist, valueTaken } from './record.repository.ts';
import type { WriteNotes } from './record-behaviour.ts';
import type { RecordContext } from './record-context.ts';

/** Keys of a write body that are not fields but are understood. */
const OWNER_KEY = 'ownerId';

export interface ParsedRecordInput {
  /** Column → value of every field given. */
  columns: Record<string, DbValue>;
  /** Owner to set, when given. */
  ownerId?: number;
  /** Files of attachment fields to link to the record after the write (set by `checkRecordInput`). */
  filesToLink?: FilesToLink;
}

type Problem = { field: string; code: string; params?: Record<string, unknown> };

/** How a write may go beyond what the records API allows a request. */
export interface WriteOptions {
  /** The object's behaviour writes: fields it manages (`BuiltInField.managed`) are accepted. */
  managed?: boolean;
  /** What the writer tells the object's behaviours about this write (`WriteNotes`). */
  notes?: WriteNotes;
  /** The input as `parseRecordInput` already parsed it for this context (a create need not parse it again). */
  parsed?: ParsedRecordInput;
}

/**
 * Checks a create or update body against the object's fields: unknown keys (400), formula and managed fields
 * (400, unless `options.managed`), fields the viewer may not write (403), values each field type refuses and
 * missing required fields on create (400, per field). Keys in `allowed` (e.g. `version`) are skipped.
 */
export async function parseRecordInput(
  context: RecordContext,
  input: Record<string, unknown>,
  mode: 'create' | 'update',
  allowed: readonly string[] = [],
  options: WriteOptions = {},
): Promise<ParsedRecordInput> {
  const { object, viewer } = context;
  const byName = new Map(object.fields.map((field) => [field.apiName, field]));
  const given = Object.keys(input).filter((key) => !allowed.includes(key));
  const unknown = given.filter((key) => key !== OWNER_KEY && !byName.has(key));
  if (unknown.length > 0) {
    throw new AppError(
      400,
      'record.unknown_field',
      { field: unknown[0] },
      unknown.map((field) => ({ field, code: 'record.unknown_field', params: { field } })),
    );
  }
  const computed = given.filter((key) => byName.get(key) && fieldTypeModule(byName.get(key)!.type)?.computed);
  if (computed.length > 0) {
    throw new AppError(
      400,
      'record.computed_field',
      { field: computed[0] },
      computed.map((field) => ({ field, code: 'record.computed_field', params: { field } })),
    );
  }
  if (!options.managed && !object.isCustom) {
    const managed = given.filter(
      (key) => byName.get(key)?.isCustom === false && isManagedField(object.apiName, key),
    );
    if (managed.length > 0) {
      throw new AppError(
        400,
        'record.managed_field',
        { field: managed[0] },
        managed.map((field) => ({ field, code: 'record.managed_field', params: { field } })),
      );
    }
  }
  const fieldInput = Object.fromEntries(given.filter((key) => key !== OWNER_KEY).map((k) => [k, input[k]]));
  assertFieldsWritable(viewer, object.apiName, fieldInput);

  const regions = await loadRegionIndex();
  const tagGroups = context.tagGroups ?? EMPTY_TAG_GROUP_INDEX;
  const problems: Problem[] = [];
  const columns: Record<string, DbValue> = {};
  for (const field of object.fields) {
    const module = fieldTypeModule(field.type);
    const present = Object.hasOwn(fieldInput, field.apiName);
    if (!module || (!present && mode === 'update')) continue;
    if (module.readOnly) {
      if (present && !isEmptyInput(fieldInput[field.apiName]))
        problems.push({ field: field.apiName, code: 'value.read_only' });
      continue;
    }
    const raw = present ? fieldInput[field.apiName] : (field.defaultValue ?? undefined);
    const parsed = module.parseInput(raw, field.options, { regions, tagGroups });
    if (!parsed.ok) {
      problems.push({
        field: field.apiName,
        code: parsed.code,
        ...(parsed.params ? { params: parsed.params } : {}),
      });
      continue;
    }
    if (parsed.value === null && field.required) {
      problems.push({ field: field.apiName, code: 'value.required' });
      continue;
    }
    if (present || parsed.value !== null) columns[field.columnName] = parsed.value;
  }
  let ownerId: number | undefined;
  if (Object.hasOwn(input, OWNER_KEY)) {
    const parsed = parseReference(input[OWNER_KEY]);
    if (!parsed.ok || parsed.value === null) problems.push({ field: OWNER_KEY, code: 'value.expected_id' });
    else ownerId = parsed.value as number;
  }
  if (problems.length > 0) throw invalidInput(problems);
  return { columns, ...(ownerId !== undefined ? { ownerId } : {}) };
}

/**
 * Checks what only the database knows, inside the write's transaction: unique values not taken, referenced
 * records and users present (all of them in one statement), and an owner other than oneself only with the
 * `assign` permission. Problems are reported in the order of the fields, the owner last.
 */
export async function checkRecordInput(
  trx: Transaction<DB>,
  context: RecordContext,
  parsed: ParsedRecordInput,
  recordId: number | null,
  currentOwnerId: number | null,
): Promise<void> {
  const { object, viewer } = context;
  const problems: Array<Problem | null> = [];
  /** References to look up, and where their problem goes in `problems` if missing. */
  const references: Array<{ table: string; id: number; at: number; field: string }> = [];
  const snapshot = await metadataRegistryOf(context.database).snapshot(trx);
  for (const field of object.fields) {
    if (!Object.hasOwn(parsed.columns, field.columnName)) continue;
    const value = parsed.columns[field.columnName];
    if (value === null || value === undefined) continue;
    if (field.unique && (await valueTaken(trx, object.tableName, field.columnName, value, recordId))) {
      problems.push({ field: field.apiName, code: 'value.not_unique' });
    }
    if (field.type === 'user') {
      references.push({ table: 'users', id: Number(value), at: problems.length, field: field.apiName });
      problems.push(null);
    }
    if (field.type === 'lookup') {
      const target = String(field.options.target);
      const table = snapshot.object(target)?.tableName ?? (await lookupTable(trx, target));
      if (table) references.push({ table, id: Number(value), at: problems.length, field: field.apiName });
      problems.push(table ? null : { field: field.apiName, code: 'value.unknown_reference' });
    }
  }
  if (parsed.ownerId !== undefined && parsed.ownerId !== currentOwnerId) {
    if (parsed.ownerId !== viewer.userId && !viewer.permissions.can(object.apiName, 'assign')) {
      problems.push({ field: OWNER_KEY, code: 'value.assign_not_allowed' });
    } else {
      references.push({ table: 'users', id: parsed.ownerId, at: problems.length, field: OWNER_KEY });
      problems.push(null);
    }
  }
  const present = await rowsExist(trx, references);
  references.forEach((reference, index) => {
    if (!present[index]) problems[reference.at] = { field: reference.field, code: 'value.unknown_reference' };
  });
  const found = problems.filter((problem): problem is Problem => problem !== null);
  if (found.length > 0) throw invalidFields(found);
  parsed.filesToLink = await resolveAttachmentValues(trx, context, parsed, recordId);
}

async function lookupTable(trx: Transaction<DB>, objectApiName: string): Promise<string | undefined> {
  const [row] = await cachedQuery(trx, 'metaObjects.tableName', [objectApiName], ([apiName]) =>
    trx.selectFrom('meta_objects').select('table_name').where('api_name', '=', apiName),
  );
  return row?.table_name;
}
