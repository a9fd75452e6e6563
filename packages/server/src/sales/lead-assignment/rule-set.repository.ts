import type { ConditionNode } from '@lodestar/shared';
import type { Kysely, Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import { type DB, toBool } from '../../db/schema.ts';
import type { AssignmentRule, RuleSet, RuleSetResponse, RuleState, Strategy } from './assignment-rule.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

function parseCondition(text: string | null): ConditionNode | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as ConditionNode;
  } catch {
    return null;
  }
}

function responseOf(set: {
  response_target_minutes: number;
  response_escalate: boolean | number;
  response_reassign: boolean | number;
}): RuleSetResponse {
  return {
    targetMinutes: set.response_target_minutes,
    escalate: toBool(set.response_escalate),
    reassign: toBool(set.response_reassign),
  };
}

/** Every rule set, rules in order, sets by name. */
export async function selectRuleSets(db: AnyDb): Promise<RuleSet[]> {
  const sets = await db.selectFrom('lead_rule_sets').selectAll().orderBy('name').orderBy('id').execute();
  if (sets.length === 0) return [];
  const rules = await selectRules(
    db,
    sets.map((set) => Number(set.id)),
  );
  return sets.map((set) => ({
    id: Number(set.id),
    name: set.name,
    description: set.description,
    assignOnCreate: toBool(set.assign_on_create),
    taskDueMinutes: set.task_due_minutes,
    firstResponse: responseOf(set),
    rules: rules.get(Number(set.id)) ?? [],
    createdAt: new Date(set.created_at).toISOString(),
    updatedAt: new Date(set.updated_at).toISOString(),
  }));
}

/** One rule set with its rules, or undefined. */
export async function selectRuleSet(db: AnyDb, id: number): Promise<RuleSet | undefined> {
  const set = await db.selectFrom('lead_rule_sets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!set) return undefined;
  const rules = await selectRules(db, [id]);
  return {
    id,
    name: set.name,
    description: set.description,
    assignOnCreate: toBool(set.assign_on_create),
    taskDueMinutes: set.task_due_minutes,
    firstResponse: responseOf(set),
    rules: rules.get(id) ?? [],
    createdAt: new Date(set.created_at).toISOString(),
    updatedAt: new Date(set.updated_at).toISOString(),
  };
}

/** Rule sets read for assignment, per database (its Kysely adapter), with the stamp they were read at. */
const assignmentSets = new WeakMap<object, Map<number, { stamp: string; ruleSet: RuleSet }>>();

/**
 * One rule set with its rules, for assigning leads one after another: kept in memory between leads and read
 * again only when its row says it changed (saving a set stamps `updated_at`; `assign_on_create` is part of
 * the stamp as another set's save clears it) — one indexed read instead of three and the conditions' parsing.
 * Saves and deletes in this process also forget every kept set (`forgetAssignmentRuleSets`), so two saves
 * within one millisecond cannot leave a stale set here. A user, team or pool a kept rule names that was
 * deleted since (the database only nulls or drops the reference) gives the same outcome as the re-read
 * rule: assignment reads each of them when it uses it.
 */
export async function selectRuleSetForAssignment(db: AnyDb, id: number): Promise<RuleSet | undefined> {
  const [row] = await cachedQuery(db, 'leadRuleSet.stamp', [id], ([setId]) =>
    db.selectFrom('lead_rule_sets').select(['updated_at', 'assign_on_create']).where('id', '=', setId),
  );
  if (!row) return undefined;
  const stamp = `${new Date(row.updated_at).toISOString()} ${toBool(row.assign_on_create)}`;
  const adapter = db.getExecutor().adapter;
  let sets = assignmentSets.get(adapter);
  if (!sets) {
    sets = new Map();
    assignmentSets.set(adapter, sets);
  }
  const kept = sets.get(id);
  if (kept?.stamp === stamp) return kept.ruleSet;
  const ruleSet = await selectRuleSet(db, id);
  if (ruleSet) sets.set(id, { stamp, ruleSet });
  return ruleSet;
}

/** Forgets the rule sets kept for assignment on `db` (after a rule set was saved or deleted). */
export function forgetAssignmentRuleSets(db: AnyDb): void {
  assignmentSets.delete(db.getExecutor().adapter);
}

/** The id of the rule set applied to leads created in the app (at most one), or undefined. */
export async function selectAssignOnCreateRuleSetId(db: AnyDb): Promise<number | undefined> {
  const [row] = await cachedQuery(db, 'leadRuleSet.assignOnCreate', [true, 1], ([yes, one]) =>
    db.selectFrom('lead_rule_sets').select('id').where('assign_on_create', '=', yes).orderBy('id').limit(one),
  );
  return row ? Number(row.id) : undefined;
}

async function selectRules(db: AnyDb, setIds: number[]): Promise<Map<number, AssignmentRule[]>> {
  const rows = await db
    .selectFrom('lead_rules')
    .selectAll()
    .where('rule_set_id', 'in', setIds)
    .orderBy('rule_set_id')
    .orderBy('position')
    .execute();
  const members =
    rows.length === 0
      ? []
      : await db
          .selectFrom('lead_rule_members')
          .selectAll()
          .where(
            'rule_id',
            'in',
            rows.map((row) => Number(row.id)),
          )
          .orderBy('rule_id')
          .orderBy('position')
          .execute();
  const bySet = new Map<number, AssignmentRule[]>();
  for (const row of rows) {
    const rule: AssignmentRule = {
      id: Number(row.id),
      name: row.name,
      position: row.position,
      condition: parseCondition(row.condition),
      strategy: row.strategy as Strategy,
      userId: row.user_id == null ? null : Number(row.user_id),
      departmentId: row.department_id == null ? null : Number(row.department_id),
      poolId: row.pool_id == null ? null : Number(row.pool_id),
      members: members
        .filter((member) => Number(member.rule_id) === Number(row.id))
        .map((member) => ({ userId: Number(member.user_id), weight: member.weight })),
    };
    const list = bySet.get(Number(row.rule_set_id)) ?? [];
    list.push(rule);
    bySet.set(Number(row.rule_set_id), list);
  }
  return bySet;
}

/** The fields of a rule set that are not its rules. */
export interface RuleSetHeader {
  name: string;
  description: string | null;
  assignOnCreate: boolean;
  taskDueMinutes: number;
  firstResponse: RuleSetResponse;
}

/** A rule as written: with the id of the rule it keeps (its turns continue) or without (a new rule). */
export type RuleInput = Omit<AssignmentRule, 'id' | 'position'> & { id?: number | undefined };

const responseColumns = (response: RuleSetResponse) => ({
  response_target_minutes: response.targetMinutes,
  response_escalate: response.escalate,
  response_reassign: response.reassign,
});

/** Inserts a rule set's header and returns its id. */
export async function insertRuleSet(
  trx: Transaction<DB>,
  header: RuleSetHeader,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('lead_rule_sets')
    .values({
      name: header.name,
      description: header.description,
      assign_on_create: header.assignOnCreate,
      task_due_minutes: header.taskDueMinutes,
      ...responseColumns(header.firstResponse),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Updates a rule set's header. */
export async function updateRuleSetHeader(
  trx: Transaction<DB>,
  id: number,
  header: RuleSetHeader,
  at: string,
): Promise<void> {
  await trx
    .updateTable('lead_rule_sets')
    .set({
      name: header.name,
      description: header.description,
      assign_on_create: header.assignOnCreate,
      task_due_minutes: header.taskDueMinutes,
      ...responseColumns(header.firstResponse),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** No other rule set applies on create once this one does. */
export async function clearOtherAssignOnCreate(trx: Transaction<DB>, keepId: number): Promise<void> {
  await trx
    .updateTable('lead_rule_sets')
    .set({ assign_on_create: false })
    .where('id', '<>', keepId)
    .where('assign_on_create', '=', true)
    .execute();
}

/**
 * Makes a rule set's rules exactly `rules`, in order: rules given with the id of one of its rules are
 * updated (their turns continue), the others inserted with fresh turns, and those not given deleted.
 */
export async function replaceRules(
  trx: Transaction<DB>,
  setId: number,
  rules: RuleInput[],
  at: string,
): Promise<void> {
  const existing = await trx.selectFrom('lead_rules').select('id').where('rule_set_id', '=', setId).execute();
  const existingIds = new Set(existing.map((row) => Number(row.id)));
  const kept = new Set(
    rules.flatMap((rule) => (rule.id !== undefined && existingIds.has(rule.id) ? [rule.id] : [])),
  );
  const dropped = [...existingIds].filter((id) => !kept.has(id));
  if (dropped.length > 0) await trx.deleteFrom('lead_rules').where('id', 'in', dropped).execute();
  for (const [position, rule] of rules.entries()) {
    const values = {
      position,
      name: rule.name,
      condition: rule.condition === null ? null : JSON.stringify(rule.condition),
      strategy: rule.strategy,
      user_id: rule.userId,
      department_id: rule.departmentId,
      pool_id: rule.poolId,
      updated_at: at,
    };
    let ruleId: number;
    if (rule.id !== undefined && kept.has(rule.id)) {
      ruleId = rule.id;
      await trx.updateTable('lead_rules').set(values).where('id', '=', ruleId).execute();
      await trx.deleteFrom('lead_rule_members').where('rule_id', '=', ruleId).execute();
    } else {
      const row = await trx
        .insertInto('lead_rules')
        .values({ ...values, rule_set_id: setId, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      ruleId = Number(row.id);
      await trx
        .insertInto('lead_rule_state')
        .values({ rule_id: ruleId, turns: 0, last_user_id: null, weights: null, updated_at: at })
        .execute();
    }
    if (rule.members.length > 0) {
      await trx
        .insertInto('lead_rule_members')
        .values(
          rule.members.map((member, index) => ({
            rule_id: ruleId,
            user_id: member.userId,
            weight: member.weight,
            position: index,
          })),
        )
        .execute();
    }
  }
}

/** Deletes a rule set (its rules, members and turns go with it; the log keeps the rule's name). */
export async function deleteRuleSetRow(trx: Transaction<DB>, id: number): Promise<boolean> {
  const result = await trx.deleteFrom('lead_rule_sets').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether a rule set with this name exists (other than `exceptId`). */
export async function ruleSetNameTaken(db: AnyDb, name: string, exceptId: number | null): Promise<boolean> {
  let query = db.selectFrom('lead_rule_sets').select('id').where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Locks a rule's state row for the rest of the transaction and returns it: concurrent assignments by the
 * same rule wait here, in any instance, so each sees the turn the previous one took. On PostgreSQL the
 * update takes the row lock and returns the row as last committed; with a single writer the transaction
 * already holds the write lock.
 */
export async function lockRuleState(trx: Transaction<DB>, ruleId: number, at: string): Promise<RuleState> {
  const locked = async () =>
    (
      await cachedQuery(trx, 'leadRuleState.lock', [at, ruleId], ([moment, rule]) =>
        trx
          .updateTable('lead_rule_state')
          .set({ updated_at: moment })
          .where('rule_id', '=', rule)
          .returning(['turns', 'last_user_id', 'weights']),
      )
    )[0];
  let row = await locked();
  if (!row) {
    await trx
      .insertInto('lead_rule_state')
      .values({ rule_id: ruleId, turns: 0, last_user_id: null, weights: null, updated_at: at })
      .onConflict((oc) => oc.column('rule_id').doNothing())
      .execute();
    row = await locked();
  }
  return stateOf(row);
}

/** The rule states of several rules, unlocked (simulation). */
export async function selectRuleStates(db: AnyDb, ruleIds: number[]): Promise<Map<number, RuleState>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('lead_rule_state')
    .select(['rule_id', 'turns', 'last_user_id', 'weights'])
    .where('rule_id', 'in', ruleIds)
    .execute();
  return new Map(rows.map((row) => [Number(row.rule_id), stateOf(row)]));
}

function stateOf(
  row: { turns: number; last_user_id: number | null; weights: string | null } | undefined,
): RuleState {
  let weights: Record<string, number> = {};
  try {
    weights = row?.weights ? (JSON.parse(row.weights) as Record<string, number>) : {};
  } catch {
    weights = {};
  }
  return {
    turns: Number(row?.turns ?? 0),
    lastUserId: row?.last_user_id == null ? null : Number(row.last_user_id),
    weights,
  };
}

/** Stores a rule's state after a turn (its row is locked by `lockRuleState`). */
export async function writeRuleState(
  trx: Transaction<DB>,
  ruleId: number,
  state: RuleState,
  at: string,
): Promise<void> {
  const weights = Object.keys(state.weights).length > 0 ? JSON.stringify(state.weights) : null;
  await cachedQuery(
    trx,
    'leadRuleState.write',
    [state.turns, state.lastUserId, weights, at, ruleId],
    ([turns, lastUserId, weightsJson, moment, rule]) =>
      trx
        .updateTable('lead_rule_state')
        .set({ turns, last_user_id: lastUserId, weights: weightsJson, updated_at: moment })
        .where('rule_id', '=', rule),
  );
}
