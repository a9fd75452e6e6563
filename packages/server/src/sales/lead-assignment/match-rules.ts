import { CompiledQuery, type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { runtimeTables as dynamic } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import { compileCondition } from '../../records/conditions/compile-condition.ts';
import {
  evaluateCondition,
  lookupPathsOf,
  type RecordValues,
} from '../../records/conditions/evaluate-condition.ts';
import { encodeConditionValues } from '../../records/encode-condition-values.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { RECORD_ALIAS } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import type { AssignmentRule } from './assignment-rule.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

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

/** The statement of `matchRules` for one lead, kept per rules list (rule sets kept for assignment reuse theirs). */
interface KeptMatch {
  schema: RecordContext['conditionSchema'];
  table: string;
  day: string;
  sql: string;
  parameters: readonly unknown[];
  idAt: number;
}
const keptMatches = new WeakMap<AssignmentRule[], KeptMatch>();

/** Marks where the lead's id goes in the kept statement. */
const LEAD_ID = Symbol('leadId');

/**
 * Which rules each lead meets, by the same SQL the records filter uses (so a rule means exactly what the same
 * filter shows in the lead list, lookups and formulas included): one statement with one flag per rule.
 * Leads that are deleted or missing are absent from the result. For one lead the compiled statement is kept
 * with the rules list, for the same condition schema, table and day in the context's time zone (the only
 * things besides the rules that its SQL depends on: relative dates and formulas are read by the day).
 */
export async function matchRules(
  db: AnyDb,
  context: RecordContext,
  rules: AssignmentRule[],
  leadIds: number[],
): Promise<Map<number, Set<number>>> {
  const result = new Map<number, Set<number>>();
  if (leadIds.length === 0) return result;
  const build = (ids: unknown[]) => {
    const flags = rules.flatMap((rule, index) => {
      const predicate = ruleConditionSql(context, rule);
      return predicate ? [sql<number>`case when ${predicate} then 1 else 0 end`.as(`m${index}`)] : [];
    });
    return dynamic(db)
      .selectFrom(`${context.object.tableName} as ${RECORD_ALIAS}`)
      .select([sql.ref(`${RECORD_ALIAS}.id`).as('id'), ...flags])
      .where(sql.ref(`${RECORD_ALIAS}.id`), 'in', ids)
      .where(sql.ref(`${RECORD_ALIAS}.deleted_at`), 'is', null);
  };
  let rows: Array<Record<string, unknown>>;
  const kept = leadIds.length === 1 ? keptMatch(context, rules, build) : null;
  if (kept) {
    const parameters = [...kept.parameters];
    parameters[kept.idAt] = leadIds[0];
    rows = (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(kept.sql, parameters))).rows;
  } else {
    rows = (await build(leadIds).execute()) as Array<Record<string, unknown>>;
  }
  for (const row of rows) {
    const matched = new Set<number>();
    rules.forEach((rule, index) => {
      if (rule.condition === null || Number(row[`m${index}`]) === 1) matched.add(rule.id);
    });
    result.set(Number(row.id), matched);
  }
  return result;
}

/** The kept one-lead statement of `rules`, compiled now when there is none for today; null if unusable. */
function keptMatch(
  context: RecordContext,
  rules: AssignmentRule[],
  build: (ids: unknown[]) => { compile(): CompiledQuery },
): KeptMatch | null {
  const day = todayIn(new Date(), context.timeZone);
  let kept = keptMatches.get(rules);
  if (
    !kept ||
    kept.schema !== context.conditionSchema ||
    kept.table !== context.object.tableName ||
    kept.day !== day
  ) {
    const compiled = build([LEAD_ID]).compile();
    kept = {
      schema: context.conditionSchema,
      table: context.object.tableName,
      day,
      sql: compiled.sql,
      parameters: compiled.parameters,
      idAt: compiled.parameters.indexOf(LEAD_ID),
    };
    keptMatches.set(rules, kept);
  }
  return kept.idAt >= 0 ? kept : null;
}

/** Whether each rule's condition goes through a lookup (`account.region`), kept per rule object. */
const throughLookup = new WeakMap<AssignmentRule, boolean>();

/**
 * The rules, in order, that a lead about to be stored with `values` (its API values) meets: evaluated in
 * memory by the rules the SQL of `matchRules` follows (`evaluateCondition`, held to the SQL by property
 * tests), at `at` for relative dates. Null when a condition goes through a lookup: that reads stored
 * records — match after the insert instead.
 */
export function matchRulesOnValues(
  context: RecordContext,
  rules: AssignmentRule[],
  values: RecordValues,
  at: Date,
): AssignmentRule[] | null {
  const options = { schema: context.conditionSchema, object: 'lead', timeZone: context.timeZone, now: at };
  const matched: AssignmentRule[] = [];
  for (const rule of rules) {
    if (rule.condition === null) {
      matched.push(rule);
      continue;
    }
    let lookups = throughLookup.get(rule);
    if (lookups === undefined) {
      lookups = lookupPathsOf(rule.condition).length > 0;
      throughLookup.set(rule, lookups);
    }
    if (lookups) return null;
    if (evaluateCondition(rule.condition, values, options)) matched.push(rule);
  }
  return matched;
}
