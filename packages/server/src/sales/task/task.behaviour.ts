import { now } from '../../platform/clock.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { rescheduleReminder } from './reminder-jobs.ts';
import { TASK_REMINDER_JOB, taskReminderMoment } from './task-reminder.ts';

/** A new task is open and of normal priority unless it says otherwise; `completedAt` follows `done`. */
async function deriveTaskValues(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  if (write.kind === 'create') {
    if (write.values.status == null) write.set('status', 'open');
    if (write.values.priority == null) write.set('priority', 'normal');
  }
  const wasDone = write.before?.status === 'done';
  const isDone = write.values.status === 'done';
  if (isDone && !wasDone) write.set('completedAt', now().toISOString());
  if (!isDone && wasDone) write.set('completedAt', null);
}

/** Keeps the reminder job at the task's reminder moment, and drops it once the task is done or deleted. */
async function keepReminderInStep(write: CompletedWrite): Promise<void> {
  const activeBefore = write.kind === 'updated' || write.kind === 'deleted';
  const activeAfter = write.kind !== 'deleted';
  await rescheduleReminder(write.trx, {
    jobName: TASK_REMINDER_JOB,
    recordId: write.id,
    from: activeBefore ? taskReminderMoment(write.before) : null,
    to: activeAfter ? taskReminderMoment(write.after) : null,
    now: new Date(),
  });
}

registerRecordBehaviour('task', { beforeWrite: deriveTaskValues, afterWrite: keepReminderInStep });
