import type { ConditionObject, ConditionSchema } from '../records/conditions/condition-schema.ts';
import { fieldTypeModule } from './field-types/index.ts';
import type { MetadataSnapshot } from './metadata-registry.ts';

/**
 * The condition language's view of the metadata: every object's table and every field's column and
 * condition type (custom fields included), lookups and users pointing at their target object.
 */
export function conditionSchemaFor(snapshot: MetadataSnapshot): ConditionSchema {
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
        type: module.conditionType,
        ...(target ? { target } : {}),
      };
    }
    const result: ConditionObject = { table: object.tableName, fields };
    cache.set(apiName, result);
    return result;
  };
}
