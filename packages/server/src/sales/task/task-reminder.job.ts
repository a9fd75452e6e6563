import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { TASK_DUE } from '../../platform/notifications/built-in-kinds.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { readLiveRecord } from './record-values.repository.ts';
import type { ReminderPayload } from './reminder-jobs.ts';
import { alreadyReminded } from './reminder-notifications.repository.ts';
import { TASK_REMINDER_JOB, taskReminderMoment } from './task-reminder.ts';

/**
 * At a task's reminder moment: tells its owner in-app. A job whose task was since done, deleted or given
 * another moment finds nothing to do; a second run of the same job sends nothing twice.
 */
export const taskReminderJob = defineJobHandler<ReminderPayload>(TASK_REMINDER_JOB, async (payload, ctx) => {
  await ctx.db.transaction().execute(async (trx) => {
    const task = await readLiveRecord(trx, 'task', payload.id);
    if (!task || task.ownerId === null || taskReminderMoment(task.values) !== payload.at) return;
    const params = { title: String(task.values.subject ?? ''), at: payload.at };
    const link = { object: 'task', recordId: task.id };
    if (await alreadyReminded(trx, { userId: task.ownerId, kind: TASK_DUE, ...link, at: payload.at })) return;
    await notify(trx, { userIds: [task.ownerId], kind: TASK_DUE, params, ...link });
  });
});
