import type { Expression, SqlBool } from 'kysely';
import { AppError } from '../errors.ts';
import { compileCondition } from './conditions/compile-condition.ts';
import { parseCondition } from './conditions/parse-condition.ts';
import { encodeConditionValues } from './encode-condition-values.ts';
import { RECORD_ALIAS } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';

/**
 * `?filter=` (JSON of the condition language) → SQL predicate on the record table. Malformed JSON and every
 * problem of the condition (unknown or hidden field, unknown operator, bad value) are a 400 with details.
 */
export function filterPredicate(context: RecordContext, filter: string): Expression<SqlBool> {
  let json: unknown;
  try {
    json = JSON.parse(filter);
  } catch {
    throw new AppError(400, 'record.malformed_filter', {}, [
      { field: 'filter', code: 'condition.malformed' },
    ]);
  }
  const object = context.object.apiName;
  const parsed = parseCondition(json, context.conditionSchema, object);
  if (!parsed.ok) {
    throw new AppError(
      400,
      'record.invalid_filter',
      {},
      parsed.problems.map((problem) => ({
        field: problem.path ? `filter.${problem.path}` : 'filter',
        code: problem.code,
        params: problem.params,
      })),
    );
  }
  const encoded = encodeConditionValues(parsed.condition, context.conditionSchema, object);
  return compileCondition(encoded, {
    schema: context.conditionSchema,
    object,
    alias: RECORD_ALIAS,
    timeZone: context.timeZone,
  });
}
