import { computedFieldIn } from '../metadata/condition-schema-for.ts';
import type { JsonValue } from '../metadata/field-types/index.ts';
import { fieldTypeModule } from '../metadata/field-types/index.ts';
import { DEFAULT_CONDITION_TIME_ZONE } from './conditions/default-time-zone.ts';
import { todayIn } from './formulas/computed-field.ts';
import type { RecordRow } from './record.repository.ts';
import { type RecordContext, visibleFields } from './record-context.ts';

/** A record as the API returns it: system fields plus the visible field values by api name. */
export type RecordOutput = {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  ownerId: number | null;
  [field: string]: JsonValue;
};

/** Row → API record, with only the fields the viewer may see. */
export function presentRecord(context: RecordContext, row: RecordRow): RecordOutput {
  const output: RecordOutput = {
    id: Number(row.id),
    version: Number(row.version),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    ownerId: row.owner_id == null ? null : Number(row.owner_id),
  };
  if (row.deleted_at != null) output.deletedAt = String(row.deleted_at);
  let values: Record<string, JsonValue> | undefined;
  for (const field of visibleFields(context)) {
    const module = fieldTypeModule(field.type);
    if (!module) continue;
    let stored = row[field.columnName];
    if (module.computed && !Object.hasOwn(row, field.columnName)) {
      // A row from a write has no formula values: computed in memory by the rules of the SQL form.
      values ??= apiValuesOf(context, row);
      stored = computedFieldIn(context.object, field.options, context.database.dialect).evaluate(
        values,
        todayIn(new Date(), DEFAULT_CONDITION_TIME_ZONE),
      );
    }
    output[field.apiName] = module.present(stored ?? null, field.options);
  }
  return output;
}

/**
 * The API values of every stored field of a row (hidden ones included, formulas not), for history and
 * change detection.
 */
export function apiValuesOf(context: RecordContext, row: RecordRow): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const field of context.object.fields) {
    const module = fieldTypeModule(field.type);
    if (module && !module.computed)
      values[field.apiName] = module.present(row[field.columnName] ?? null, field.options);
  }
  values.ownerId = row.owner_id == null ? null : Number(row.owner_id);
  return values;
}
