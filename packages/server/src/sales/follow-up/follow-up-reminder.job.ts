import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { readLiveRecord } from '../task/record-values.repository.ts';
import type { ReminderPayload } from '../task/reminder-jobs.ts';
import { alreadyReminded } from '../task/reminder-notifications.repository.ts';
import { FOLLOW_UP_DUE } from './follow-up.messages.ts';
import { FOLLOW_UP_REMINDER_JOB } from './follow-up-links.ts';

/** Longest excerpt of the next step (or notes) in the reminder's title. */
const TITLE_LENGTH = 60;

/**
 * At a follow-up's next follow-up time: reminds its owner in-app, linking to the follow-up. Nothing when the
 * follow-up was deleted or its next time changed meanwhile, or when this moment was already announced.
 */
export const followUpReminderJob = defineJobHandler<ReminderPayload>(
  FOLLOW_UP_REMINDER_JOB,
  async (payload, ctx) => {
    await ctx.db.transaction().execute(async (trx) => {
      const followUp = await readLiveRecord(trx, 'followUp', payload.id);
      if (!followUp || followUp.ownerId === null || followUp.values.nextFollowUpAt !== payload.at) return;
      const link = { object: 'followUp', recordId: followUp.id };
      const reminded = { userId: followUp.ownerId, kind: FOLLOW_UP_DUE, ...link, at: payload.at };
      if (await alreadyReminded(trx, reminded)) return;
      const text = String(followUp.values.nextStep || followUp.values.content || '');
      await notify(trx, {
        userIds: [followUp.ownerId],
        kind: FOLLOW_UP_DUE,
        params: { title: text.slice(0, TITLE_LENGTH), at: payload.at },
        ...link,
      });
    });
  },
);
