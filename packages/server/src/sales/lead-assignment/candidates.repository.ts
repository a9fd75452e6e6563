import { type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import { runtimeTables as dynamic } from '../../db/runtime-tables.ts';
import { type DB, toBool } from '../../db/schema.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { CLOSED_LEAD_STATUSES, type LeadTable } from '../lead/lead-table.ts';
import type { AssignmentRule, Candidate } from './assignment-rule.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Whether an `away` flag with its last day still holds on `today` (YYYY-MM-DD). */
export function isAway(away: boolean, awayUntil: string | null, today: string): boolean {
  return away && (awayUntil === null || today <= awayUntil);
}

/** The predicate of a lead still being worked (`r` is the lead table). */
export function openLeadPredicate(leads: LeadTable, alias = 'r') {
  const status = sql.ref(`${alias}.${leads.status}`);
  return sql<SqlBool>`${sql.ref(`${alias}.deleted_at`)} is null and (${status} is null or ${status} not in (${sql.join([...CLOSED_LEAD_STATUSES])}))`;
}

/** How many open leads each user owns. */
export async function countOpenLeads(
  db: AnyDb,
  leads: LeadTable,
  userIds: number[],
): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const closed = [...CLOSED_LEAD_STATUSES];
  const rows = await cachedQuery(
    db,
    `leads.openCount:${leads.table}:${leads.status}:${userIds.length}`,
    [...userIds, ...closed],
    (values) => {
      const status = sql.ref(`r.${leads.status}`);
      const open = sql<SqlBool>`${sql.ref('r.deleted_at')} is null and (${status} is null or ${status} not in (${sql.join(values.slice(userIds.length))}))`;
      return dynamic(db)
        .selectFrom(`${leads.table} as r`)
        .select(['r.owner_id', (eb) => eb.fn.countAll().as('n')])
        .where('r.owner_id', 'in', values.slice(0, userIds.length))
        .where(open)
        .groupBy('r.owner_id');
    },
  );
  return new Map(rows.map((row) => [Number(row.owner_id), Number(row.n)]));
}

/** The ids of the users a rule picks from, in its order. */
export async function candidateIdsOf(db: AnyDb, rule: AssignmentRule): Promise<number[]> {
  if (rule.strategy === 'pool') return [];
  if (rule.strategy === 'user') return rule.userId === null ? [] : [rule.userId];
  if (rule.members.length > 0) return rule.members.map((member) => member.userId);
  if (rule.departmentId === null) return [];
  const [department] = await cachedQuery(db, 'departments.path', [rule.departmentId], ([id]) =>
    db.selectFrom('departments').select('path').where('id', '=', id),
  );
  if (!department) return [];
  const rows = await cachedQuery(
    db,
    'users.activeInDepartmentTree',
    [`${department.path}%`, 'active'],
    ([path, active]) =>
      db
        .selectFrom('users')
        .innerJoin('departments', 'departments.id', 'users.department_id')
        .select('users.id')
        .where('departments.path', 'like', path)
        .where('users.status', '=', active)
        .orderBy('users.id'),
  );
  return rows.map((row) => Number(row.id));
}

/**
 * The candidates of a rule as they stand: active or not, away or not today (company time zone), their cap
 * and — when a cap or the strategy needs it — how many open leads they own.
 */
export async function loadCandidates(
  db: AnyDb,
  leads: LeadTable,
  rule: AssignmentRule,
  now: Date,
): Promise<Candidate[]> {
  const ids = await candidateIdsOf(db, rule);
  if (ids.length === 0) return [];
  const users = await cachedQuery(db, `leadAssignees.candidates:${ids.length}`, ids, (userIds) =>
    db
      .selectFrom('users')
      .leftJoin('lead_assignees', 'lead_assignees.user_id', 'users.id')
      .select([
        'users.id',
        'users.name',
        'users.locale',
        'users.status',
        'lead_assignees.away',
        'lead_assignees.away_until',
        'lead_assignees.max_open_leads',
      ])
      .where('users.id', 'in', userIds),
  );
  const today = todayIn(now, leads.timeZone);
  const byId = new Map(users.map((user) => [Number(user.id), user]));
  const needsLoad = rule.strategy === 'leastLoaded' || users.some((user) => user.max_open_leads != null);
  const loads = needsLoad ? await countOpenLeads(db, leads, ids) : new Map<number, number>();
  const weights = new Map(rule.members.map((member) => [member.userId, member.weight]));
  return ids.flatMap((id): Candidate[] => {
    const user = byId.get(id);
    if (!user) return [];
    return [
      {
        userId: id,
        name: user.name,
        locale: user.locale,
        active: user.status === 'active',
        away: isAway(toBool(user.away), user.away_until ?? null, today),
        maxOpenLeads: user.max_open_leads ?? null,
        openLeads: loads.get(id) ?? 0,
        weight: weights.get(id) ?? 1,
      },
    ];
  });
}
