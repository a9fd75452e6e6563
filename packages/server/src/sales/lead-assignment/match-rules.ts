import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { compileCondition } from '../../records/conditions/compile-condition.ts';
import { encodeConditionValues } from '../../records/encode-condition-values.ts';
import { RECORD_ALIAS } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import type { AssignmentRule } from './assignment-rule.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** The SQL predicate of a rule's condition on the lead table (alias `r`). */
export function ruleConditionSql(context: RecordContext, rule: AssignmentRule): Expression<SqlBool> | null {
  if (rule.condition === null) return null;
  const encoded = encodeConditionValues(rule.condition, context.conditionSchema, 'lead');
  return compileCondition(encoded, {
    schema: context.conditionSchema,
    object: 'lead',
    alias: RECORD_ALIAS,
    timeZone: context.timeZone,
  });
}

/**
 * Which rules each lead meets, by the same SQL the records filter uses (so a rule means exactly what the same
 * filter shows in the lead list, lookups and formulas included): one statement with one flag per rule.
 * Leads that are deleted or missing are absent from the result.
 */
export async function matchRules(
  db: AnyDb,
  context: RecordContext,
  rules: AssignmentRule[],
  leadIds: number[],
): Promise<Map<number, Set<number>>> {
  const result = new Map<number, Set<number>>();
  if (leadIds.length === 0) return result;
  const flags = rules.flatMap((rule, index) => {
    const predicate = ruleConditionSql(context, rule);
    return predicate ? [sql<number>`case when ${predicate} then 1 else 0 end`.as(`m${index}`)] : [];
  });
  const rows = await dynamic(db)
    .selectFrom(`${context.object.tableName} as ${RECORD_ALIAS}`)
    .select([sql.ref(`${RECORD_ALIAS}.id`).as('id'), ...flags])
    .where(sql.ref(`${RECORD_ALIAS}.id`), 'in', leadIds)
    .where(sql.ref(`${RECORD_ALIAS}.deleted_at`), 'is', null)
    .execute();
  for (const row of rows as Array<Record<string, unknown>>) {
    const matched = new Set<number>();
    rules.forEach((rule, index) => {
      if (rule.condition === null || Number(row[`m${index}`]) === 1) matched.add(rule.id);
    });
    result.set(Number(row.id), matched);
  }
  return result;
}
