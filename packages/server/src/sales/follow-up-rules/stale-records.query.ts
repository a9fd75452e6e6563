import { type Expression, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { now } from '../../platform/clock.ts';
import { RECORD_ALIAS } from '../../records/record.repository.ts';
import { recordContext, visibleFields } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { objectTableOn } from '../catalogue/object-table.ts';
import { followUpRules } from './follow-up-rules.repository.ts';
import type { STALE_OBJECTS } from './follow-up-rules.schemas.ts';

const DAY_MS = 24 * 3600 * 1000;

/** Records that are still being worked: leads not converted nor rejected, open opportunities. */
const STILL_WORKED: Partial<Record<(typeof STALE_OBJECTS)[number], Expression<SqlBool>>> = {
  lead: sql<SqlBool>`coalesce(${sql.ref(`${RECORD_ALIAS}.status`)}, 'new') not in ('converted', 'unqualified')`,
  opportunity: sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.status`)} = 'open'`,
};

export interface StaleRecord {
  id: number;
  name: string | null;
  ownerId: number | null;
  ownerName: string | null;
  createdAt: string;
  lastFollowUpAt: string | null;
}

/**
 * The viewer's records of `object` with no follow-up in the last `days` days (P-7) — never followed up
 * first, then the longest neglected — leads still open and open opportunities only. The data scope is in
 * the statement; the follow-ups are probed through their indexed lookup column.
 */
export async function staleRecords(
  database: Database,
  viewer: Viewer,
  input: { object: (typeof STALE_OBJECTS)[number]; days?: number | undefined; limit: number },
): Promise<{ days: number; items: StaleRecord[] }> {
  const context = await recordContext(database, input.object, viewer);
  const days = input.days ?? (await followUpRules.read(database.db)).staleAfterDays;
  const cutoff = new Date(now().getTime() - days * DAY_MS).toISOString();
  const followUps = await objectTableOn(database.db, 'followUp');
  const link = followUps?.column(input.object);
  const occurredAt = followUps?.column('occurredAt');
  if (!followUps || !link || !occurredAt) return { days, items: [] };
  const nameField = visibleFields(context).find((field) => field.apiName === context.object.nameField);
  const r = (column: string) => sql.ref(`${RECORD_ALIAS}.${column}`);
  const f = (column: string) => sql.ref(`f.${column}`);
  const where = [
    ...scopeWhere(context, 'read', 'live'),
    ...(STILL_WORKED[input.object] ? [STILL_WORKED[input.object]!] : []),
  ];
  const rows = await sql<{
    id: number;
    name: string | null;
    owner_id: number | null;
    owner_name: string | null;
    created_at: string;
    last_follow_up_at: string | null;
  }>`
    select * from (select ${r('id')} as id, ${nameField ? r(nameField.columnName) : sql`null`} as name, ${r('owner_id')} as owner_id,
      u.name as owner_name, ${r('created_at')} as created_at,
      (select max(${f(occurredAt)}) from ${sql.table(followUps.tableName)} as f
        where ${f(link)} = ${r('id')} and f.deleted_at is null) as last_follow_up_at
    from ${sql.table(context.object.tableName)} as ${sql.ref(RECORD_ALIAS)}
    left join users as u on u.id = ${r('owner_id')}
    where ${sql.join(where, sql` and `)}
      and not exists (select 1 from ${sql.table(followUps.tableName)} as f
        where ${f(link)} = ${r('id')} and f.deleted_at is null and ${f(occurredAt)} >= ${cutoff})
      and ${r('created_at')} < ${cutoff}) as stale
    order by case when last_follow_up_at is null then 0 else 1 end, last_follow_up_at, created_at, id
    limit ${input.limit}`.execute(database.db);
  return {
    days,
    items: rows.rows.map((row) => ({
      id: Number(row.id),
      name: row.name == null ? null : String(row.name),
      ownerId: row.owner_id == null ? null : Number(row.owner_id),
      ownerName: row.owner_name,
      createdAt: String(row.created_at),
      lastFollowUpAt: row.last_follow_up_at == null ? null : String(row.last_follow_up_at),
    })),
  };
}
