import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, invalidFields } from '../../errors.ts';
import { type FieldType, fieldTypeModule, type JsonValue } from '../field-types/index.ts';
import type { FieldMeta } from '../metadata-model.ts';
import { requireField, requireObject } from '../object-lookup.ts';
import { convertedBatches } from './scan-conversion.ts';
import { canConvertType, defaultTargetOptions, type TypeConversion } from './type-conversion.ts';
import './type-change.messages.ts';

/** How many sample rows a preview shows. */
const SAMPLE_LIMIT = 20;

/** One row a conversion would lose or change: its value before, after (null when lost) and why. */
export interface TypeChangeSample {
  id: number;
  from: JsonValue;
  to: JsonValue;
  error?: string;
}

/** What converting a field's column would do to its values. */
export interface TypeChangePreview {
  convertible: boolean;
  lossless: boolean;
  total: number;
  /** Non-empty values converted (exactly or with loss). */
  convertibleCount: number;
  /** Non-empty values the new type refuses: they become empty when the change is confirmed. */
  failing: number;
  /** Values converted with something dropped (e.g. the time of a datetime made a date). */
  lossy: number;
  samples: TypeChangeSample[];
  /** Why the change is refused (error code), when it is not convertible. */
  reason: string | null;
}

/**
 * The conversion of `field` to `type` with its options validated (422 on bad options), or a 422
 * `field.type_change_impossible` when the types do not convert.
 */
export function typeConversionFor(
  field: FieldMeta,
  type: FieldType,
  options: Record<string, unknown> | undefined,
): TypeConversion {
  if (!canConvertType(field.type, type)) throw impossibleChange(field.type, type);
  const module = fieldTypeModule(type);
  if (!module) throw impossibleChange(field.type, type);
  const parsed = module.optionsSchema.safeParse(
    options ?? defaultTargetOptions(field.type, type, field.options),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue?.path.join('.') || 'options'}: ${issue?.message ?? ''}`;
    throw invalidFields([{ field: 'options', code: 'field.invalid_options', params: { detail } }]);
  }
  return {
    from: { type: field.type, options: field.options },
    to: { type, options: parsed.data as Record<string, unknown> },
  };
}

/** A 422 explaining that the two types do not convert. */
export function impossibleChange(from: FieldType, to: FieldType): AppError {
  return new AppError(422, 'field.type_change_impossible', { from, to }, [
    { field: 'type', code: 'field.type_change_impossible', params: { from, to } },
  ]);
}

/** Counts what converting every value of `field` (recycle bin included) would keep, change and lose. */
export async function scanTypeChange(
  db: Kysely<DB> | Transaction<DB>,
  table: string,
  field: FieldMeta,
  conversion: TypeConversion,
): Promise<TypeChangePreview> {
  const fromModule = fieldTypeModule(conversion.from.type);
  const toModule = fieldTypeModule(conversion.to.type);
  const preview: TypeChangePreview = {
    convertible: true,
    lossless: true,
    total: 0,
    convertibleCount: 0,
    failing: 0,
    lossy: 0,
    samples: [],
    reason: null,
  };
  for await (const batch of convertedBatches(db, table, field.columnName, conversion)) {
    for (const row of batch) {
      preview.total += 1;
      const from = fromModule?.present(row.stored ?? null, conversion.from.options) ?? null;
      if (!row.result.ok) {
        preview.failing += 1;
        if (preview.samples.length < SAMPLE_LIMIT)
          preview.samples.push({ id: row.id, from, to: null, error: row.result.code });
        continue;
      }
      if (row.result.value === null) continue;
      preview.convertibleCount += 1;
      if (row.result.lossy) {
        preview.lossy += 1;
        if (preview.samples.length < SAMPLE_LIMIT) {
          const to = toModule?.present(row.result.value, conversion.to.options) ?? null;
          preview.samples.push({ id: row.id, from, to });
        }
      }
    }
  }
  preview.lossless = preview.failing === 0 && preview.lossy === 0;
  return preview;
}

/**
 * Previews changing a field's type: whether the types convert at all and, over every record, how many
 * values convert, how many would be lost, with the first samples. Writes nothing.
 */
export async function previewTypeChange(
  database: Database,
  objectApiName: string,
  fieldApiName: string,
  input: { type: FieldType; options?: Record<string, unknown> | undefined },
): Promise<TypeChangePreview> {
  const object = await requireObject(database.db, objectApiName);
  const field = requireField(object, fieldApiName);
  let conversion: TypeConversion;
  try {
    conversion = typeConversionFor(field, input.type, input.options);
  } catch (error) {
    if (error instanceof AppError && error.code === 'field.type_change_impossible') {
      return {
        convertible: false,
        lossless: false,
        total: 0,
        convertibleCount: 0,
        failing: 0,
        lossy: 0,
        samples: [],
        reason: error.code,
      };
    }
    throw error;
  }
  return scanTypeChange(database.db, object.tableName, field, conversion);
}
