import { type Expression, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { RECORD_ALIAS, type RecordRow, selectRecords } from '../../records/record.repository.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import type { FieldSelection } from '../../records/record-fields.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { presentWithNames, withRelatedNames } from './related-names.ts';
import { bucketPredicate, type TaskBucket, todayBounds } from './task-buckets.ts';
import { columnOf, ownedBy } from './task-columns.ts';

/** `[phase, sort value, id]`: phase 1 is the undated tail of the upcoming list. */
const TaskCursor = z.tuple([z.union([z.literal(0), z.literal(1)]), z.string().nullable(), z.number().int()]);
type TaskCursor = z.infer<typeof TaskCursor>;

export interface MyTasksRequest {
  bucket: TaskBucket;
  limit: number;
  cursor?: string | undefined;
}

const id = sql.ref(`${RECORD_ALIAS}.id`);

/** After the cursor in `(value, id)` order, ascending or descending. */
function after(column: Expression<unknown>, cursor: TaskCursor, direction: 'asc' | 'desc') {
  const [, value, lastId] = cursor;
  const op = sql.raw(direction === 'asc' ? '>' : '<');
  return sql<SqlBool>`(${column} ${op} ${value} or (${column} = ${value} and ${id} ${op} ${lastId}))`;
}

/**
 * The viewer's own tasks of one tab, in keyset pages: today's and overdue ones by due time, upcoming ones by
 * due time with the undated after them, done ones latest completed first. "Today" is the viewer's day.
 */
export async function listMyTasks(
  database: Database,
  viewer: Viewer,
  request: MyTasksRequest,
  now: Date = new Date(),
): Promise<{ items: RecordOutput[]; nextCursor: string | null }> {
  const context = await recordContext(database, 'task', viewer);
  const today = todayBounds(now, context.timeZone);
  const cursor = request.cursor ? decodeCursor(request.cursor, TaskCursor) : undefined;
  const base = [...scopeWhere(context, 'read', 'live'), ownedBy(viewer.userId)];
  const where = [...base, bucketPredicate(context, request.bucket, today)];
  const take = request.limit + 1;
  const selection = await withRelatedNames(context);
  const related = { joins: selection.joins, selects: selection.selects };
  const sortField = request.bucket === 'done' ? 'completedAt' : 'dueAt';
  const sortColumn = columnOf(context, sortField);
  const direction = request.bucket === 'done' ? 'desc' : 'asc';
  const rows: Array<{ row: RecordRow; phase: 0 | 1 }> = [];
  if (!cursor || cursor[0] === 0) {
    const dated = await selectRecords(database.db, {
      table: context.object.tableName,
      where: [
        ...where,
        sql<SqlBool>`${sortColumn} is not null`,
        ...(cursor ? [after(sortColumn, cursor, direction)] : []),
      ],
      orderBy: [sql`${sortColumn} ${sql.raw(direction)}`, sql`${id} ${sql.raw(direction)}`],
      limit: take,
      ...related,
    });
    rows.push(...dated.map((row) => ({ row, phase: 0 as const })));
  }
  if (request.bucket === 'upcoming' && rows.length < take) {
    const undated = await selectRecords(database.db, {
      table: context.object.tableName,
      where: [
        ...base,
        bucketPredicate(context, 'upcoming', today),
        sql<SqlBool>`${sortColumn} is null`,
        ...(cursor?.[0] === 1 ? [sql<SqlBool>`${id} > ${cursor[2]}`] : []),
      ],
      orderBy: [sql`${id} asc`],
      limit: take - rows.length,
      ...related,
    });
    rows.push(...undated.map((row) => ({ row, phase: 1 as const })));
  }
  return pageOf(context, selection, rows, request.limit, sortField);
}

/** The page and the cursor after its last row (read from the row: the field may be hidden from the viewer). */
function pageOf(
  context: RecordContext,
  selection: FieldSelection,
  rows: Array<{ row: RecordRow; phase: 0 | 1 }>,
  limit: number,
  sortField: string,
) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const column = context.object.fields.find((f) => f.apiName === sortField)?.columnName ?? '';
  const sortValue = last?.row[column];
  return {
    items: page.map(({ row }) => presentWithNames(context, selection, row)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([
            last.phase,
            sortValue == null ? null : new Date(String(sortValue)).toISOString(),
            Number(last.row.id),
          ])
        : null,
  };
}
