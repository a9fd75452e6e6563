import type { FieldDefinition, ObjectDefinition } from '../api/objects.api.ts';

/** How many fields the list shows before the user chooses columns. */
export const DEFAULT_COLUMN_COUNT = 8;

/** Field types a list cannot show as a column. */
const NOT_LISTABLE = new Set(['attachment']);

/** The fields that may be list columns, in position order. */
export function listableFields(object: ObjectDefinition): FieldDefinition[] {
  return [...object.fields]
    .filter((field) => !NOT_LISTABLE.has(field.type))
    .sort((a, b) => a.position - b.position);
}

/** The columns of an object's list before any choice: the name field, then the first fields by position. */
export function defaultColumns(object: ObjectDefinition): string[] {
  const fields = listableFields(object);
  const name = fields.find((field) => field.apiName === object.nameField);
  const ordered = name ? [name, ...fields.filter((field) => field !== name)] : fields;
  return ordered.slice(0, DEFAULT_COLUMN_COUNT).map((field) => field.apiName);
}

/** The key of a lookup's related name in a record (`account.name`), or null when the target has none. */
export function lookupNameKey(field: FieldDefinition, objects: ObjectDefinition[]): string | null {
  if (field.type !== 'lookup') return null;
  const target = objects.find((object) => object.apiName === field.options.target);
  return target?.nameField ? `${field.apiName}.${target.nameField}` : null;
}

/** `?fields=` of a list showing `columns`: the columns plus the related name of each lookup column. */
export function fieldsParam(
  object: ObjectDefinition,
  columns: string[],
  objects: ObjectDefinition[],
): string {
  const paths = new Set<string>(object.nameField ? [object.nameField, ...columns] : columns);
  for (const column of columns) {
    const field = object.fields.find((entry) => entry.apiName === column);
    const nameKey = field && lookupNameKey(field, objects);
    if (nameKey) paths.add(nameKey);
  }
  return [...paths].join(',');
}

/**
 * `?fields=` of a record page: every field the viewer may see, the owner's name, and the name of each
 * lookup's record where the viewer may read its object (the page shows names, not `#id`).
 */
export function detailFieldsParam(
  object: ObjectDefinition,
  objects: ObjectDefinition[],
  mayRead: (object: string) => boolean,
): string {
  const paths = ['*', 'owner.name'];
  for (const field of object.fields) {
    const nameKey = lookupNameKey(field, objects);
    if (nameKey && mayRead(String(field.options.target))) paths.push(nameKey);
  }
  return paths.join(',');
}
