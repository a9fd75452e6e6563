import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';

/** The value a form widget holds for a record's field value (dates as dayjs, the rest as is). */
export function toFormValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (field.type === 'date' || field.type === 'datetime') return dayjs(String(value));
  return value;
}

/** The API value of a form widget's value: dates as `YYYY-MM-DD`, datetimes as ISO, empties as null. */
export function toApiValue(field: FieldDefinition, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (field.type === 'date') return (value as Dayjs).format('YYYY-MM-DD');
  if (field.type === 'datetime') return (value as Dayjs).toISOString();
  if (field.type === 'currency') return String(value).trim();
  if (typeof value === 'string' && field.type !== 'longText') return value.trim();
  return value;
}

/** The initial form values of a record (or of a new one, from the fields' defaults). */
export function initialFormValues(fields: FieldDefinition[], record?: RecordData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const source = record ? record[field.apiName] : field.defaultValue;
    values[field.apiName] = toFormValue(field, source);
  }
  return values;
}

/**
 * The API body of a submitted form. Creating sends every filled field; editing only the changed ones, so a
 * field another user changed meanwhile is not overwritten with what this form loaded.
 */
export function formToApiValues(
  fields: FieldDefinition[],
  formValues: Record<string, unknown>,
  record?: RecordData,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toApiValue(field, formValues[field.apiName]);
    if (!record) {
      if (value !== null) body[field.apiName] = value;
      continue;
    }
    const before = record[field.apiName] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(value)) body[field.apiName] = value;
  }
  return body;
}
