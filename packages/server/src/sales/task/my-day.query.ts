import { type Expression, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { RECORD_ALIAS, selectRecords } from '../../records/record.repository.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { presentWithNames, withRelatedNames } from './related-names.ts';
import { bucketPredicate, todayBounds } from './task-buckets.ts';
import { columnOf, ownedBy } from './task-columns.ts';

/** How many of each list "my day" shows (the counts cover all). */
export const MY_DAY_LIST_LIMIT = 50;

export interface MyDay {
  /** The viewer's time zone and today's date in it. */
  timeZone: string;
  date: string;
  counts: { overdue: number; today: number; followUps: number };
  /** Open tasks of everyone whose tasks the viewer may read (a manager's team); null for own-only viewers. */
  team: { overdue: number; today: number } | null;
  overdueTasks: RecordOutput[];
  todayTasks: RecordOutput[];
  /** Follow-ups whose next follow-up time falls today. */
  followUpsDue: RecordOutput[];
}

const id = sql.ref(`${RECORD_ALIAS}.id`);

/** How many live records of the context's object match every predicate. */
async function countRecords(
  database: Database,
  context: RecordContext,
  where: Array<Expression<SqlBool>>,
): Promise<number> {
  const counted = await sql<{
    n: number | string;
  }>`select count(*) as n from ${sql.table(context.object.tableName)} ${sql.ref(RECORD_ALIAS)} where ${sql.join(where, sql` and `)}`.execute(
    database.db,
  );
  return Number(counted.rows[0]?.n ?? 0);
}

/** The records of a list and how many there are in all. */
async function listAndCount(
  database: Database,
  context: RecordContext,
  where: Array<ReturnType<typeof ownedBy>>,
  orderBy: string,
): Promise<{ items: RecordOutput[]; count: number }> {
  const column = columnOf(context, orderBy);
  const selection = await withRelatedNames(context);
  const rows = await selectRecords(database.db, {
    table: context.object.tableName,
    where,
    orderBy: [sql`${column} asc`, sql`${id} asc`],
    limit: MY_DAY_LIST_LIMIT,
    joins: selection.joins,
    selects: selection.selects,
  });
  let count = rows.length;
  if (rows.length === MY_DAY_LIST_LIMIT) {
    const counted = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(context.object.tableName)} ${sql.ref(RECORD_ALIAS)} where ${sql.join(where, sql` and `)}`.execute(
      database.db,
    );
    count = Number(counted.rows[0]?.n ?? 0);
  }
  return { items: rows.map((row) => presentWithNames(context, selection, row)), count };
}

/**
 * The viewer's day (P-5): their open tasks due today and overdue, and their follow-ups whose next
 * follow-up time is today — "today" in the viewer's time zone (their own, else the company's).
 */
export async function readMyDay(database: Database, viewer: Viewer, now: Date = new Date()): Promise<MyDay> {
  const tasks = await recordContext(database, 'task', viewer);
  const today = todayBounds(now, tasks.timeZone);
  const ownTasks = [...scopeWhere(tasks, 'read', 'live'), ownedBy(viewer.userId)];
  const overdue = await listAndCount(
    database,
    tasks,
    [...ownTasks, bucketPredicate(tasks, 'overdue', today)],
    'dueAt',
  );
  const dueToday = await listAndCount(
    database,
    tasks,
    [...ownTasks, bucketPredicate(tasks, 'today', today)],
    'dueAt',
  );
  let followUps: { items: RecordOutput[]; count: number } = { items: [], count: 0 };
  if (viewer.permissions.can('followUp', 'read')) {
    const context = await recordContext(database, 'followUp', viewer);
    const next = columnOf(context, 'nextFollowUpAt');
    followUps = await listAndCount(
      database,
      context,
      [
        ...scopeWhere(context, 'read', 'live'),
        ownedBy(viewer.userId),
        sql<SqlBool>`${next} >= ${today.start} and ${next} < ${today.end}`,
      ],
      'nextFollowUpAt',
    );
  }
  const teamScope = viewer.permissions.scope('task', 'read');
  const visible = scopeWhere(tasks, 'read', 'live');
  const team =
    teamScope && teamScope !== 'own'
      ? {
          overdue: await countRecords(database, tasks, [
            ...visible,
            bucketPredicate(tasks, 'overdue', today),
          ]),
          today: await countRecords(database, tasks, [...visible, bucketPredicate(tasks, 'today', today)]),
        }
      : null;
  return {
    timeZone: tasks.timeZone,
    team,
    date: today.date,
    counts: { overdue: overdue.count, today: dueToday.count, followUps: followUps.count },
    overdueTasks: overdue.items,
    todayTasks: dueToday.items,
    followUpsDue: followUps.items,
  };
}
