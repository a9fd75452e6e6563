import type { Transaction } from 'kysely';
import { cachedQuery } from '../../db/cached-query.ts';
import type { DB } from '../../db/schema.ts';
import { selectRecord } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';

/**
 * When a lead is taken from an owner who missed its first-response target, the follow-up task the owner got
 * with it goes along to the new owner — with the new due time and subject — instead of staying open on the
 * list of someone who no longer owns the lead while the new owner gets a second one. The task is the one the
 * owner's latest assignment of this lead created, if it is still open, still theirs and not deleted.
 * Returns its id, or null when there is none to hand over (a new task is made instead).
 */
export async function handOverAssignmentTask(
  trx: Transaction<DB>,
  tasks: RecordContext,
  props: { leadId: number; from: number; to: number; values: { subject: string; dueAt: string } },
): Promise<number | null> {
  const [logged] = await cachedQuery(
    trx,
    'leadAssignmentLog.lastTaskOf',
    [props.leadId, props.from, 1],
    ([lead, user, one]) =>
      trx
        .selectFrom('lead_assignment_log')
        .select('task_id')
        .where('lead_id', '=', lead)
        .where('user_id', '=', user)
        .where('task_id', 'is not', null)
        .orderBy('id', 'desc')
        .limit(one),
  );
  const taskId = logged?.task_id == null ? null : Number(logged.task_id);
  if (taskId === null) return null;
  const row = await selectRecord(trx, tasks.object.tableName, taskId, []);
  const status = tasks.object.fields.find((field) => field.apiName === 'status')?.columnName ?? 'status';
  if (!row || row.deleted_at != null || Number(row.owner_id) !== props.from || row[status] === 'done')
    return null;
  await updateRecordIn(
    trx,
    tasks,
    taskId,
    Number(row.version),
    { ...props.values, ownerId: props.to },
    { managed: true },
  );
  return taskId;
}
