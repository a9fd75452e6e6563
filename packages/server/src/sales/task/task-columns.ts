import { type Expression, type SqlBool, sql } from 'kysely';
import { RECORD_ALIAS } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';

/** A field's column of the context's object, qualified with the records alias (`r.due_at`). */
export function columnOf(context: RecordContext, field: string) {
  const meta = context.object.fields.find((f) => f.apiName === field);
  if (!meta) throw new Error(`${context.object.apiName} has no field ${field}`);
  return sql.ref(`${RECORD_ALIAS}.${meta.columnName}`);
}

/** The viewer's own records (the ones they are to act on, whatever else they may read). */
export const ownedBy = (userId: number): Expression<SqlBool> =>
  sql<SqlBool>`${sql.ref(`${RECORD_ALIAS}.owner_id`)} = ${userId}`;

/** Tasks not done yet (an empty status counts as open). */
export const openTask = (context: RecordContext): Expression<SqlBool> =>
  sql<SqlBool>`(${columnOf(context, 'status')} is null or ${columnOf(context, 'status')} <> 'done')`;
