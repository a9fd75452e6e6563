import type { Database } from '../../db/database.ts';
import { toBool } from '../../db/schema.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { todayIn } from '../../records/formulas/computed-field.ts';
import { leadTableOf } from '../lead/lead-table.ts';
import { countOpenLeads, isAway } from './candidates.repository.ts';
import type { AssigneeOutput } from './lead-assignment.schemas.ts';

/** Every user with their availability for leads, their cap and how many open leads they own, by name. */
export async function listAssignees(database: Database): Promise<AssigneeOutput[]> {
  const db = database.db;
  const leads = leadTableOf(await metadataRegistryOf(database).snapshot());
  const rows = await db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .leftJoin('lead_assignees', 'lead_assignees.user_id', 'users.id')
    .select([
      'users.id',
      'users.name',
      'users.status',
      'departments.name as department',
      'lead_assignees.away',
      'lead_assignees.away_until',
      'lead_assignees.max_open_leads',
    ])
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
  const loads = await countOpenLeads(
    db,
    leads,
    rows.map((row) => Number(row.id)),
  );
  const today = todayIn(new Date(), leads.timeZone);
  return rows.map((row) => presentAssignee(row, loads.get(Number(row.id)) ?? 0, today));
}

/** One user's row of `listAssignees`. */
export function presentAssignee(
  row: {
    id: number;
    name: string;
    status: string;
    department: string | null;
    away: boolean | number | null;
    away_until: string | null;
    max_open_leads: number | null;
  },
  openLeads: number,
  today: string,
): AssigneeOutput {
  const away = toBool(row.away);
  return {
    user: { id: Number(row.id), name: row.name },
    department: row.department ?? null,
    active: row.status === 'active',
    away,
    awayUntil: row.away_until ?? null,
    awayToday: isAway(away, row.away_until ?? null, today),
    maxOpenLeads: row.max_open_leads ?? null,
    openLeads,
  };
}
