import { now } from '../../platform/clock.ts';
import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import type { ReminderPayload } from '../task/reminder-jobs.ts';
import { selectEscalationManager } from './escalation.repository.ts';
import { selectLeadClock } from './lead-clock.repository.ts';
import { LEAD_RESPONSE_BREACHED, LEAD_RESPONSE_MISSED } from './lead-response.messages.ts';
import { LEAD_RESPONSE_DUE_JOB, leadResponseSettings } from './lead-response.repository.ts';

/**
 * At a lead's first-response deadline (scheduled by the lead's write, not found by polling): when the lead
 * is still not followed up and still due at that moment, it is marked breached, its owner is reminded and —
 * with escalation on — the owner's manager (or their department's head) is told. A deadline moved or met
 * meanwhile makes the job do nothing; a job running more than an hour late records the breach silently.
 */
const LATE_MS = 60 * 60 * 1000;

export const leadResponseDueJob = defineJobHandler<ReminderPayload>(
  LEAD_RESPONSE_DUE_JOB,
  async (payload, ctx) => {
    await inRecordTransaction(ctx.database, async (trx) => {
      const lead = await selectLeadClock(trx, payload.id);
      if (!lead || lead.firstResponseAt !== null || lead.responseDueAt !== payload.at) return;
      const settings = await leadResponseSettings.read(trx);
      if (lead.responseStatus !== 'breached') {
        const leads = await systemRecordContext(ctx.database, 'lead', SYSTEM_ACTOR, trx);
        await updateRecordIn(
          trx,
          leads,
          lead.id,
          lead.version,
          { responseStatus: 'breached' },
          { managed: true },
        );
      }
      // Found long after the moment (a worker that was down, history written in bulk): recorded, not announced.
      if (now().getTime() - Date.parse(payload.at) > LATE_MS) return;
      const link = { object: 'lead', recordId: lead.id };
      const name = lead.name ?? `#${lead.id}`;
      if (lead.ownerId !== null) {
        await notify(trx, { userIds: [lead.ownerId], kind: LEAD_RESPONSE_MISSED, params: { name }, ...link });
      }
      if (!settings.escalate || lead.ownerId === null) return;
      const manager = await selectEscalationManager(trx, lead.ownerId);
      if (!manager || manager.id === lead.ownerId) return;
      await notify(trx, {
        userIds: [manager.id],
        kind: LEAD_RESPONSE_BREACHED,
        params: { name, minutes: settings.targetMinutes, owner: manager.ownerName },
        ...link,
      });
    });
  },
);
