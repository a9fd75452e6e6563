import { type Expression, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { mondayOfWeek, weekNumberSql } from '../../db/formula-dialect.ts';
import type { Viewer } from '../../http/access.ts';
import { readSettings } from '../../platform/settings/settings.repository.ts';
import { startOfDayIn, wallClockIn } from '../../platform/time/zoned-time.ts';
import { RECORD_ALIAS } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { leadResponseSettings } from './lead-response.repository.ts';
import type { RESPONSE_GROUPINGS, ResponseFigures } from './lead-response.schemas.ts';

/** First-response times at or above this many business minutes (a working month) count as this many. */
const MINUTES_CAP = 22 * 8 * 60;
const DAY_MS = 86_400_000;

interface GroupRow {
  key: string | number | null;
  leads: number | string;
  answered: number | string;
  within: number | string | null;
  breached: number | string | null;
}

/** One group's leads of one whole number of minutes (null: not answered yet). */
interface MinuteRow extends GroupRow {
  m: number | string | null;
}

/**
 * The first-response report (A-3): per owner, department, source or week of creation, the timed leads the
 * viewer may read, how many were followed up, within the target and not, the share within, and the median
 * and 90th percentile of the response time. One grouped statement whatever the number of leads, by group
 * and whole minutes (the histogram the percentiles are read from exactly; unanswered leads have none), whose
 * rows add up to each group's counts. Owners are joined only to group by their department.
 */
export async function leadResponseReport(
  database: Database,
  viewer: Viewer,
  input: { from?: string | undefined; to?: string | undefined; groupBy: (typeof RESPONSE_GROUPINGS)[number] },
) {
  const context = await recordContext(database, 'lead', viewer);
  const column = (field: string) => {
    const found = context.object.fields.find((f) => f.apiName === field);
    return sql.ref(`${RECORD_ALIAS}.${found?.columnName ?? field}`);
  };
  const settings = await readSettings(database.db);
  const timeZone = settings.locale.timezone;
  const where: Array<Expression<SqlBool>> = [
    ...scopeWhere(context, 'read', 'live'),
    sql<SqlBool>`${column('responseStatus')} is not null`,
  ];
  const dayStart = (day: string, plus = 0) =>
    new Date(startOfDayIn(Date.parse(`${day}T00:00:00Z`) + plus, timeZone)).toISOString();
  const createdAt = sql.ref(`${RECORD_ALIAS}.created_at`);
  if (input.from) where.push(sql<SqlBool>`${createdAt} >= ${dayStart(input.from)}`);
  if (input.to) where.push(sql<SqlBool>`${createdAt} < ${dayStart(input.to, DAY_MS)}`);

  const offsetMinutes = Math.round(
    (wallClockIn(Date.now(), timeZone) - Math.floor(Date.now() / 1000) * 1000) / 60_000,
  );
  const key = {
    owner: sql`${sql.ref(`${RECORD_ALIAS}.owner_id`)}`,
    department: sql`owner.department_id`,
    source: sql`${column('source')}`,
    week: weekNumberSql(database.dialect, sql`${createdAt}`, offsetMinutes),
  }[input.groupBy];
  const leads = sql`${sql.table(context.object.tableName)} as ${sql.ref(RECORD_ALIAS)}`;
  const table =
    input.groupBy === 'department'
      ? sql`${leads} left join users as owner on owner.id = ${sql.ref(`${RECORD_ALIAS}.owner_id`)}`
      : leads;
  const whereSql = sql.join(where, sql` and `);
  const status = column('responseStatus');
  const minutes = column('responseMinutes');
  // A literal: PostgreSQL matches the grouped expression to the selected one only without parameters.
  const cap = sql.lit(MINUTES_CAP);
  const capped = sql`case when ${minutes} > ${cap} then ${cap} else ${minutes} end`;

  const result = await sql<MinuteRow>`
    select ${key} as key, ${capped} as m, count(*) as leads, count(${column('firstResponseAt')}) as answered,
      sum(case when ${status} = 'met' then 1 else 0 end) as within,
      sum(case when ${status} = 'breached' then 1 else 0 end) as breached
    from ${table} where ${whereSql} group by ${key}, ${capped}`.execute(database.db);

  const countsByKey = new Map<string, GroupRow>();
  const minutesByKey = new Map<string, Map<number, number>>();
  const all = new Map<number, number>();
  for (const row of result.rows) {
    if (input.groupBy === 'week' && row.key !== null) row.key = mondayOfWeek(Number(row.key));
    const k = String(row.key ?? '');
    const counts = countsByKey.get(k) ?? { key: row.key, leads: 0, answered: 0, within: 0, breached: 0 };
    counts.leads = Number(counts.leads) + Number(row.leads);
    counts.answered = Number(counts.answered) + Number(row.answered);
    counts.within = Number(counts.within) + Number(row.within ?? 0);
    counts.breached = Number(counts.breached) + Number(row.breached ?? 0);
    countsByKey.set(k, counts);
    if (row.m === null) continue;
    const bucket = minutesByKey.get(k) ?? new Map<number, number>();
    bucket.set(Number(row.m), (bucket.get(Number(row.m)) ?? 0) + Number(row.leads));
    minutesByKey.set(k, bucket);
    all.set(Number(row.m), (all.get(Number(row.m)) ?? 0) + Number(row.leads));
  }
  const counts = { rows: [...countsByKey.values()] };
  const labels = await groupLabels(
    database,
    context,
    input.groupBy,
    counts.rows.map((row) => row.key),
  );
  const groups = counts.rows
    .map((row) => {
      const k = String(row.key ?? '');
      return { key: k, label: labels.get(k) ?? k, ...figures(row, minutesByKey.get(k)) };
    })
    .sort((a, b) => (input.groupBy === 'week' ? a.key.localeCompare(b.key) : b.leads - a.leads));
  const total = figures(
    counts.rows.reduce(
      (sum, row) => ({
        key: null,
        leads: Number(sum.leads) + Number(row.leads),
        answered: Number(sum.answered) + Number(row.answered),
        within: Number(sum.within) + Number(row.within ?? 0),
        breached: Number(sum.breached) + Number(row.breached ?? 0),
      }),
      { key: null, leads: 0, answered: 0, within: 0, breached: 0 } as GroupRow,
    ),
    all,
  );
  return { targetMinutes: (await leadResponseSettings.read(database.db)).targetMinutes, total, groups };
}

function figures(row: GroupRow, histogram: Map<number, number> | undefined): ResponseFigures {
  const within = Number(row.within ?? 0);
  const breached = Number(row.breached ?? 0);
  return {
    leads: Number(row.leads),
    answered: Number(row.answered),
    withinTarget: within,
    breached,
    withinTargetShare: within + breached === 0 ? null : within / (within + breached),
    medianMinutes: percentile(histogram, 0.5),
    p90Minutes: percentile(histogram, 0.9),
  };
}

/** The nearest-rank percentile of a histogram of whole minutes. */
export function percentile(histogram: Map<number, number> | undefined, p: number): number | null {
  if (!histogram) return null;
  const entries = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const count = entries.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return null;
  const rank = Math.max(1, Math.ceil(p * count));
  let seen = 0;
  for (const [minutes, n] of entries) {
    seen += n;
    if (seen >= rank) return minutes;
  }
  return entries.at(-1)![0];
}

async function groupLabels(
  database: Database,
  context: Awaited<ReturnType<typeof recordContext>>,
  groupBy: (typeof RESPONSE_GROUPINGS)[number],
  keys: Array<string | number | null>,
): Promise<Map<string, string>> {
  const ids = keys.filter((key) => key !== null).map(Number);
  if (groupBy === 'owner' && ids.length > 0) {
    const rows = await database.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((row) => [String(row.id), row.name]));
  }
  if (groupBy === 'department' && ids.length > 0) {
    const rows = await database.db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((row) => [String(row.id), row.name]));
  }
  if (groupBy === 'source') {
    const field = context.object.fields.find((f) => f.apiName === 'source');
    const choices = (field?.options.choices ?? []) as Array<{ value: string; label: Record<string, string> }>;
    const locale = context.viewer.locale;
    return new Map(
      choices.map((choice) => [choice.value, choice.label[locale] ?? choice.label['zh-CN'] ?? choice.value]),
    );
  }
  return new Map();
}
