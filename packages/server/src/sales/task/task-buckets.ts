import { type Expression, type SqlBool, sql } from 'kysely';
import { relativePeriodBounds } from '../../records/conditions/relative-period.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { columnOf, openTask } from './task-columns.ts';

/** The tabs of the task list: due today, overdue (due before today), upcoming (later or undated), done. */
export const TASK_BUCKETS = ['today', 'overdue', 'upcoming', 'done'] as const;
export type TaskBucket = (typeof TASK_BUCKETS)[number];

/** Today in the viewer's time zone: its date and its first instant and the next day's (ISO, UTC). */
export function todayBounds(now: Date, timeZone: string) {
  const bounds = relativePeriodBounds({ relative: 'today' }, now, timeZone);
  return { date: bounds.firstDay, start: bounds.start, end: bounds.end };
}

/** The predicate of a bucket, in the viewer's day. */
export function bucketPredicate(
  context: RecordContext,
  bucket: TaskBucket,
  today: { start: string; end: string },
): Expression<SqlBool> {
  const due = columnOf(context, 'dueAt');
  switch (bucket) {
    case 'today':
      return sql<SqlBool>`${openTask(context)} and ${due} >= ${today.start} and ${due} < ${today.end}`;
    case 'overdue':
      return sql<SqlBool>`${openTask(context)} and ${due} < ${today.start}`;
    case 'upcoming':
      return sql<SqlBool>`${openTask(context)} and (${due} >= ${today.end} or ${due} is null)`;
    case 'done':
      return sql<SqlBool>`${columnOf(context, 'status')} = 'done'`;
  }
}
