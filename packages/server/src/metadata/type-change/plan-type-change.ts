import type { Transaction } from 'kysely';
import type { DialectName } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { fieldTypeModule } from '../field-types/index.ts';
import { assertNotUsedByFormulas } from '../formula-validation.ts';
import type { FieldDraft, FieldMeta, ObjectMeta } from '../metadata-model.ts';
import type { SchemaAction } from '../schema-sync/schema-action.ts';
import { scanTypeChange } from './preview-type-change.query.ts';
import type { TypeConversion } from './type-conversion.ts';

/**
 * The actions that change `current` into `desired` (another type) on its object: refused while formulas
 * use the field (409), and when values would be lost unless `confirmLoss` (422 with the counts). The
 * unique index is dropped before the conversion and recreated after it (a conflict then refuses it all).
 */
export async function planTypeChange(
  trx: Transaction<DB>,
  dialect: DialectName,
  object: ObjectMeta,
  current: FieldMeta,
  desired: FieldDraft,
  conversion: TypeConversion,
  confirmLoss: boolean,
): Promise<SchemaAction[]> {
  assertNotUsedByFormulas(object, current);
  const preview = await scanTypeChange(trx, object.tableName, current, conversion);
  if (!preview.lossless && !confirmLoss) {
    const params = {
      to: desired.type,
      failing: preview.failing,
      lossy: preview.lossy,
      total: preview.total,
    };
    throw new AppError(422, 'field.type_change_needs_confirmation', params, [
      { field: 'confirmLoss', code: 'field.type_change_needs_confirmation', params },
    ]);
  }
  const module = fieldTypeModule(desired.type);
  if (!module) throw new Error(`no module for ${desired.type}`);
  const actions: SchemaAction[] = [];
  if (current.unique) actions.push({ kind: 'dropUniqueIndex', object, field: current });
  actions.push({
    kind: 'changeColumnType',
    object,
    field: current,
    conversion,
    column: module.column(dialect, conversion.to.options),
  });
  const changes = {
    labels: desired.labels,
    required: desired.required,
    defaultValue: desired.defaultValue,
    helpText: desired.helpText,
    position: desired.position,
  };
  actions.push({ kind: 'updateFieldMetadata', object, field: current, changes });
  if (desired.unique) actions.push({ kind: 'createUniqueIndex', object, field: current });
  return actions;
}
