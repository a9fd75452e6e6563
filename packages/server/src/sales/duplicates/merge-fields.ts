import { fieldTypeModule, type JsonValue } from '../../metadata/field-types/index.ts';
import type { FieldMeta } from '../../metadata/metadata-model.ts';
import type { RecordValues } from '../../records/record-behaviour.ts';
import type { RecordContext } from '../../records/record-context.ts';

/** Types whose values belong to their record and are not copied between records. */
const NOT_COPIED = new Set(['attachment']);

/**
 * Whether the viewer may choose the survivor's value of `field` from a merged record: a stored field the
 * viewer may write, not unique (the merged record still holds the value in the recycle bin), not an
 * attachment (its files belong to their record). Other fields keep the survivor's value.
 */
export function isChoosable(context: RecordContext, field: FieldMeta): boolean {
  const module = fieldTypeModule(field.type);
  if (!module || module.computed || module.readOnly || field.unique || NOT_COPIED.has(field.type))
    return false;
  return context.viewer.permissions.fieldAccess(context.object.apiName, field.apiName) === 'write';
}

const isEmpty = (value: JsonValue | undefined) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The record a field's value comes from by default: the survivor's when it has one, else the first non-empty. */
export function defaultSource(field: string, records: Array<{ id: number; values: RecordValues }>): number {
  return (records.find((record) => !isEmpty(record.values[field])) ?? records[0]!).id;
}

/**
 * The members' values as a merge sees them: a lookup from the object to itself that points at one of the
 * merged records counts as empty, since after the merge it would point at the survivor itself.
 */
export function mergeValues<M extends { id: number; values: RecordValues }>(
  context: RecordContext,
  members: M[],
): M[] {
  const selfLookups = context.object.fields.filter(
    (field) => field.type === 'lookup' && field.options.target === context.object.apiName,
  );
  const ids = new Set(members.map((member) => member.id));
  return members.map((member) => {
    const values = { ...member.values };
    for (const field of selfLookups) {
      if (ids.has(Number(values[field.apiName]))) values[field.apiName] = null;
    }
    return { ...member, values };
  });
}
