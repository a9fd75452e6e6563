import type { JsonValue } from '../metadata/field-types/index.ts';
import { fieldTypeModule } from '../metadata/field-types/index.ts';
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
  for (const field of visibleFields(context)) {
    const module = fieldTypeModule(field.type);
    if (!module) continue;
    output[field.apiName] = module.present(row[field.columnName] ?? null, field.options);
  }
  return output;
}

/** The API values of every field of a row (hidden ones included), for history and change detection. */
export function apiValuesOf(context: RecordContext, row: RecordRow): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const field of context.object.fields) {
    const module = fieldTypeModule(field.type);
    if (module) values[field.apiName] = module.present(row[field.columnName] ?? null, field.options);
  }
  values.ownerId = row.owner_id == null ? null : Number(row.owner_id);
  return values;
}
