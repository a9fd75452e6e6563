import type { DialectName } from '../db/database.ts';
import type { ConditionObject, ConditionSchema } from '../records/conditions/condition-schema.ts';
import { computedFieldOf, type FormulaOptions, formulaKindOf } from '../records/formulas/computed-field.ts';
import { fieldTypeModule } from './field-types/index.ts';
import type { ObjectMeta } from './metadata-model.ts';
import type { MetadataSnapshot } from './metadata-registry.ts';

/**
 * The condition language's view of the metadata: every object's table and every field's column and
 * condition type (custom fields included), lookups and users pointing at their target object, formulas
 * with their compiled SQL and in-memory evaluation.
 */
export function conditionSchemaFor(snapshot: MetadataSnapshot, dialect: DialectName): ConditionSchema {
  const cache = new Map<string, ConditionObject>();
  return (apiName) => {
    const cached = cache.get(apiName);
    if (cached) return cached;
    const object = snapshot.object(apiName);
    if (!object) return undefined;
    const fields: ConditionObject['fields'] = {};
    for (const field of object.fields) {
      const module = fieldTypeModule(field.type);
      if (!module) continue;
      const target = field.type === 'lookup' ? String(field.options.target) : undefined;
      fields[field.apiName] = {
        column: field.columnName,
        type: module.conditionTypeOf?.(field.options) ?? module.conditionType,
        ...(target ? { target } : {}),
        ...(module.computed ? { computed: computedFieldIn(object, field.options, dialect) } : {}),
      };
    }
    const result: ConditionObject = { table: object.tableName, fields };
    cache.set(apiName, result);
    return result;
  };
}

/** The computed field of a formula of `object`, reading the object's other fields. */
export function computedFieldIn(object: ObjectMeta, options: Record<string, unknown>, dialect: DialectName) {
  return computedFieldOf(
    options as unknown as FormulaOptions,
    (name) => {
      const field = object.fields.find((f) => f.apiName === name);
      const kind = field && formulaKindOf(field.type);
      return field && kind ? { column: field.columnName, kind } : undefined;
    },
    dialect,
  );
}
