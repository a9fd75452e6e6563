import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { runtimeTables as dynamic } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { recordContext } from '../../records/record-context.ts';
import { filterPredicate } from '../../records/record-filter.ts';
import { leadTableOf } from '../lead/lead-table.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import type { AssignmentOutcome, AssignmentRule, Candidate, RuleState } from './assignment-rule.ts';
import { loadCandidates } from './candidates.repository.ts';
import { decideAssignment } from './decide-assignment.ts';
import type { SimulationOutput } from './lead-assignment.schemas.ts';
import { matchRules } from './match-rules.ts';
import { selectRuleSet, selectRuleStates } from './rule-set.repository.ts';

type Ref = { id: number; name: string };

/**
 * Runs a rule set over existing leads (a filter, newest `limit` of them, taken oldest first as if they
 * arrived in that order) and says where each would go and why — turns, capacities and absences as they
 * stand, carried from one lead to the next in memory. Reads only: nothing is written, no turn is taken.
 */
export async function simulateRuleSet(
  database: Database,
  viewer: Viewer,
  id: number,
  request: { filter: Record<string, unknown> | null; limit: number },
): Promise<SimulationOutput> {
  const db = database.db;
  const ruleSet = await selectRuleSet(db, id);
  if (!ruleSet) throw notFound('leadAssignment.rule_set_not_found');
  const viewerContext = await recordContext(database, 'lead', viewer);
  const systemContext = await recordContext(database, 'lead', SYSTEM_ACTOR);
  const leads = leadTableOf(await metadataRegistryOf(database).snapshot());
  let query = dynamic(db)
    .selectFrom(`${leads.table} as r`)
    .select(['r.id', sql.ref(`r.${leads.name}`).as('name'), 'r.owner_id'])
    .where('r.deleted_at', 'is', null);
  if (request.filter) query = query.where(filterPredicate(viewerContext, JSON.stringify(request.filter)));
  const rows = (
    (await query.orderBy('r.id', 'desc').limit(request.limit).execute()) as Array<{
      id: number;
      name: string | null;
      owner_id: number | null;
    }>
  ).reverse();
  const ids = rows.map((row) => Number(row.id));
  const matched = await matchRules(db, systemContext, ruleSet.rules, ids);

  const states = await selectRuleStates(
    db,
    ruleSet.rules.map((rule) => rule.id),
  );
  const candidatesByRule = new Map<number, Candidate[]>();
  const moment = new Date();
  const candidatesOf = async (rule: AssignmentRule) => {
    let list = candidatesByRule.get(rule.id);
    if (!list) {
      list = await loadCandidates(db, leads, rule, moment);
      candidatesByRule.set(rule.id, list);
    }
    return list;
  };
  const poolIds = new Set(
    (await db.selectFrom('lead_pools').select(['id', 'name']).execute()).map((pool) => Number(pool.id)),
  );
  const source = {
    poolExists: async (poolId: number) => poolIds.has(poolId),
    turn: async (rule: AssignmentRule) => ({
      candidates: await candidatesOf(rule),
      state: states.get(rule.id) ?? ({ turns: 0, lastUserId: null, weights: {} } satisfies RuleState),
    }),
    took: async (rule: AssignmentRule, pick: { userId: number | null; state: RuleState }) => {
      states.set(rule.id, pick.state);
      for (const list of candidatesByRule.values())
        for (const candidate of list) if (candidate.userId === pick.userId) candidate.openLeads += 1;
    },
  };
  const outcomes: Array<{ row: (typeof rows)[number]; outcome: AssignmentOutcome }> = [];
  for (const row of rows) {
    const meets = matched.get(Number(row.id)) ?? new Set<number>();
    const outcome = await decideAssignment(
      ruleSet.rules.filter((rule) => meets.has(rule.id)),
      source,
    );
    outcomes.push({ row, outcome });
  }

  const userIds = new Set<number>();
  for (const { row, outcome } of outcomes) {
    if (row.owner_id != null) userIds.add(Number(row.owner_id));
    if (outcome.outcome === 'assigned') userIds.add(outcome.userId);
  }
  const users = await namesOf(db, 'users', [...userIds]);
  const pools = await namesOf(db, 'lead_pools', [...poolIds]);
  const ref = (names: Map<number, string>, refId: number | null): Ref | null =>
    refId === null ? null : { id: refId, name: names.get(refId) ?? `#${refId}` };
  const items = outcomes.map(({ row, outcome }) => ({
    lead: { id: Number(row.id), name: row.name ?? `#${row.id}` },
    currentOwner: ref(users, row.owner_id == null ? null : Number(row.owner_id)),
    outcome: outcome.outcome,
    rule: outcome.outcome === 'unassigned' ? null : { id: outcome.rule.id, name: outcome.rule.name },
    user: ref(users, outcome.outcome === 'assigned' ? outcome.userId : null),
    pool: ref(pools, outcome.outcome === 'pooled' ? outcome.poolId : null),
    reason: outcome.reason,
  }));
  const totals = new Map<string, SimulationOutput['totals'][number]>();
  for (const item of items) {
    const key = `${item.outcome}:${item.user?.id ?? ''}:${item.pool?.id ?? ''}`;
    const total = totals.get(key) ?? { outcome: item.outcome, user: item.user, pool: item.pool, count: 0 };
    total.count += 1;
    totals.set(key, total);
  }
  return { items, totals: [...totals.values()].sort((a, b) => b.count - a.count) };
}

async function namesOf(db: Kysely<DB>, table: 'users' | 'lead_pools', ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [Number(row.id), row.name]));
}
