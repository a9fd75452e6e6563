import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { enqueueJob } from '../../platform/jobs/enqueue-job.ts';

/** What a reminder job carries: the record and the moment it was scheduled for. */
export interface ReminderPayload {
  id: number;
  /** ISO-8601 instant; the job does nothing when the record's reminder moment is no longer this one. */
  at: string;
}

/** One reminder job per record and moment: scheduling the same moment twice makes one job. */
export const reminderJobKey = (jobName: string, recordId: number, at: string) =>
  `${jobName}:${recordId}:${at}`;

/**
 * Keeps a record's reminder job in step with its reminder moment (null: no reminder — none set, the task
 * done, the record deleted). The pending job of the old moment is dropped and one is enqueued at the new
 * moment, when that lies ahead: a moment already past is not announced (the record shows as overdue
 * instead). A job that runs after all — it was claimed before the change committed — finds the moment
 * changed and does nothing. Runs on the write's transaction.
 */
export async function rescheduleReminder(
  trx: Transaction<DB>,
  props: { jobName: string; recordId: number; from: string | null; to: string | null; now: Date },
): Promise<void> {
  if (props.from === props.to) return;
  if (props.from !== null) {
    await trx
      .deleteFrom('jobs')
      .where('idempotency_key', '=', reminderJobKey(props.jobName, props.recordId, props.from))
      .where('status', '=', 'pending')
      .execute();
  }
  if (props.to === null || new Date(props.to).getTime() <= props.now.getTime()) return;
  const payload: ReminderPayload = { id: props.recordId, at: props.to };
  await enqueueJob(trx, {
    name: props.jobName,
    payload,
    runAt: props.to,
    idempotencyKey: reminderJobKey(props.jobName, props.recordId, props.to),
  });
}
