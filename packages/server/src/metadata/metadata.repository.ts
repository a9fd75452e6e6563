import type { Kysely, Selectable } from 'kysely';
import { type DB, type MetaFieldTable, type MetaObjectTable, toBool } from '../db/schema.ts';
import type { FieldType } from './field-types/index.ts';
import type { FieldDraft, FieldMeta, ObjectDraft, ObjectMeta } from './metadata-model.ts';

type Db = Kysely<DB>;

function fieldFromRow(row: Selectable<MetaFieldTable>): FieldMeta {
  return {
    id: row.id,
    objectId: row.object_id,
    apiName: row.api_name,
    columnName: row.column_name,
    type: row.type as FieldType,
    labels: JSON.parse(row.labels),
    required: toBool(row.required),
    unique: toBool(row.is_unique),
    defaultValue: row.default_value === null ? null : JSON.parse(row.default_value),
    helpText: row.help_text === null ? null : JSON.parse(row.help_text),
    options: JSON.parse(row.options),
    position: row.position,
    isCustom: toBool(row.is_custom),
  };
}

function objectFromRow(row: Selectable<MetaObjectTable>, fields: FieldMeta[]): ObjectMeta {
  return {
    id: row.id,
    apiName: row.api_name,
    tableName: row.table_name,
    labels: JSON.parse(row.labels),
    pluralLabels: JSON.parse(row.plural_labels),
    icon: row.icon,
    nameField: row.name_field,
    isCustom: toBool(row.is_custom),
    fields,
  };
}

/** Every object with its fields (by position, then id), objects by id. */
export async function loadAllObjects(db: Db): Promise<ObjectMeta[]> {
  const objectRows = await db.selectFrom('meta_objects').selectAll().orderBy('id').execute();
  const fieldRows = await db
    .selectFrom('meta_fields')
    .selectAll()
    .orderBy('position')
    .orderBy('id')
    .execute();
  const fieldsByObject = new Map<number, FieldMeta[]>();
  for (const row of fieldRows) {
    const list = fieldsByObject.get(row.object_id) ?? [];
    list.push(fieldFromRow(row));
    fieldsByObject.set(row.object_id, list);
  }
  return objectRows.map((row) => objectFromRow(row, fieldsByObject.get(row.id) ?? []));
}

/** One object with its fields, or undefined. */
export async function findObject(db: Db, apiName: string): Promise<ObjectMeta | undefined> {
  const row = await db
    .selectFrom('meta_objects')
    .selectAll()
    .where('api_name', '=', apiName)
    .executeTakeFirst();
  if (!row) return undefined;
  const fields = await db
    .selectFrom('meta_fields')
    .selectAll()
    .where('object_id', '=', row.id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return objectFromRow(row, fields.map(fieldFromRow));
}

/** Inserts an object row; returns its id. */
export async function insertObjectRow(db: Db, object: ObjectDraft): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('meta_objects')
    .values({
      api_name: object.apiName,
      table_name: object.tableName,
      labels: JSON.stringify(object.labels),
      plural_labels: JSON.stringify(object.pluralLabels),
      icon: object.icon,
      name_field: object.nameField,
      is_custom: object.isCustom,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The object properties that change without touching the record table. */
export type ObjectMetadataChanges = Partial<
  Pick<ObjectDraft, 'labels' | 'pluralLabels' | 'icon' | 'nameField'>
>;

/** Changes an object's labels, plural labels, icon or title field. */
export async function updateObjectRow(
  db: Db,
  objectId: number,
  changes: ObjectMetadataChanges,
): Promise<void> {
  await db
    .updateTable('meta_objects')
    .set({
      ...(changes.labels !== undefined ? { labels: JSON.stringify(changes.labels) } : {}),
      ...(changes.pluralLabels !== undefined ? { plural_labels: JSON.stringify(changes.pluralLabels) } : {}),
      ...(changes.icon !== undefined ? { icon: changes.icon } : {}),
      ...(changes.nameField !== undefined ? { name_field: changes.nameField } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', objectId)
    .execute();
}

/** Deletes an object row (its field rows go with it). */
export async function deleteObjectRow(db: Db, objectId: number): Promise<void> {
  await db.deleteFrom('meta_fields').where('object_id', '=', objectId).execute();
  await db.deleteFrom('meta_objects').where('id', '=', objectId).execute();
}

/** Inserts a field row; returns its id. */
export async function insertFieldRow(db: Db, objectId: number, field: FieldDraft): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('meta_fields')
    .values({
      object_id: objectId,
      api_name: field.apiName,
      column_name: field.columnName,
      type: field.type,
      labels: JSON.stringify(field.labels),
      required: field.required,
      is_unique: field.unique,
      default_value: field.defaultValue === null ? null : JSON.stringify(field.defaultValue),
      help_text: field.helpText === null ? null : JSON.stringify(field.helpText),
      options: JSON.stringify(field.options),
      position: field.position,
      is_custom: field.isCustom,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The field properties that change without touching the record table. */
export type FieldMetadataChanges = Partial<
  Pick<FieldDraft, 'labels' | 'required' | 'unique' | 'defaultValue' | 'helpText' | 'options' | 'position'>
>;

/** Changes a field's metadata columns. */
export async function updateFieldRow(db: Db, fieldId: number, changes: FieldMetadataChanges): Promise<void> {
  await db
    .updateTable('meta_fields')
    .set({
      ...(changes.labels !== undefined ? { labels: JSON.stringify(changes.labels) } : {}),
      ...(changes.required !== undefined ? { required: changes.required } : {}),
      ...(changes.unique !== undefined ? { is_unique: changes.unique } : {}),
      ...(changes.defaultValue !== undefined
        ? { default_value: changes.defaultValue === null ? null : JSON.stringify(changes.defaultValue) }
        : {}),
      ...(changes.helpText !== undefined
        ? { help_text: changes.helpText === null ? null : JSON.stringify(changes.helpText) }
        : {}),
      ...(changes.options !== undefined ? { options: JSON.stringify(changes.options) } : {}),
      ...(changes.position !== undefined ? { position: changes.position } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', fieldId)
    .execute();
}

/** Deletes a field row. */
export async function deleteFieldRow(db: Db, fieldId: number): Promise<void> {
  await db.deleteFrom('meta_fields').where('id', '=', fieldId).execute();
}
