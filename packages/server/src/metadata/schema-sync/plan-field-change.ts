import type { DialectName } from '../../db/database.ts';
import { AppError, invalidFields } from '../../errors.ts';
import { fieldTypeModule } from '../field-types/index.ts';
import type { FieldMetadataChanges } from '../metadata.repository.ts';
import type { FieldDraft, FieldMeta } from '../metadata-model.ts';
import type { ObjectRef, SchemaAction } from './schema-action.ts';

/** What planning a field needs to know beyond the field: the dialect and the tables of lookup targets. */
export interface FieldPlanContext {
  dialect: DialectName;
  /** The record table of an object, or undefined when there is no such object. */
  tableOf(objectApiName: string): string | undefined;
}

const METADATA_PROPERTIES = [
  'labels',
  'required',
  'defaultValue',
  'helpText',
  'options',
  'position',
] as const;

/**
 * The actions that turn field `current` into `desired` on `object` (null: the field does not exist, or is
 * to be removed). A type change is refused (422): converting columns is not available yet.
 */
export function planFieldChange(
  object: ObjectRef,
  current: FieldMeta | null,
  desired: FieldDraft | null,
  context: FieldPlanContext,
): SchemaAction[] {
  if (!current && !desired) return [];
  if (!current && desired) {
    const module = fieldTypeModule(desired.type);
    if (!module)
      throw invalidFields([
        { field: 'type', code: 'field.type_not_available_yet', params: { type: desired.type } },
      ]);
    if (module.computed) return [{ kind: 'addComputedField', object, field: { ...desired, unique: false } }];
    let referencedTable: string | undefined;
    if (desired.type === 'lookup') {
      const target = String(desired.options.target);
      referencedTable = context.tableOf(target);
      if (!referencedTable) {
        throw invalidFields([
          { field: 'options.target', code: 'field.unknown_lookup_target', params: { target } },
        ]);
      }
    }
    const column = module.column(context.dialect, desired.options, referencedTable);
    const actions: SchemaAction[] = [
      { kind: 'addColumn', object, field: { ...desired, unique: false }, column },
    ];
    if (desired.unique) actions.push({ kind: 'createUniqueIndex', object, field: desired });
    return actions;
  }
  if (current && !desired) {
    if (fieldTypeModule(current.type)?.computed)
      return [{ kind: 'dropComputedField', object, field: current }];
    const actions: SchemaAction[] = [];
    if (current.unique) actions.push({ kind: 'dropUniqueIndex', object, field: current });
    actions.push({ kind: 'dropColumn', object, field: current });
    return actions;
  }
  const before = current as FieldMeta;
  const after = desired as FieldDraft;
  if (before.type !== after.type) {
    const module = fieldTypeModule(after.type);
    const conversion = module?.canConvertFrom?.(before.type) ?? 'impossible';
    const code =
      conversion === 'lossless' ? 'field.type_change_not_supported' : 'field.type_change_loses_data';
    throw new AppError(422, code, { from: before.type, to: after.type }, [
      { field: 'type', code, params: { from: before.type, to: after.type } },
    ]);
  }
  if (before.type === 'lookup' && before.options.target !== after.options.target) {
    throw invalidFields([{ field: 'options.target', code: 'field.lookup_target_fixed' }]);
  }
  const changes: FieldMetadataChanges = {};
  for (const key of METADATA_PROPERTIES) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      (changes as Record<string, unknown>)[key] = after[key];
    }
  }
  const actions: SchemaAction[] = [];
  if (before.unique && !after.unique) actions.push({ kind: 'dropUniqueIndex', object, field: before });
  if (Object.keys(changes).length > 0)
    actions.push({ kind: 'updateFieldMetadata', object, field: before, changes });
  if (!before.unique && after.unique) actions.push({ kind: 'createUniqueIndex', object, field: before });
  return actions;
}
