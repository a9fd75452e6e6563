import { now } from '../../platform/clock.ts';
import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import type { ReminderPayload } from '../task/reminder-jobs.ts';
import { insertBreach, updateBreachOutcome } from './breach.repository.ts';
import { reassignAfterBreach } from './breach-reassignment.ts';
import { selectEscalationManager } from './escalation.repository.ts';
import { leadClockTable, selectLeadClock } from './lead-clock.repository.ts';
import {
  LEAD_RESPONSE_BREACHED,
  LEAD_RESPONSE_BREACHED_REASSIGNED,
  LEAD_RESPONSE_MISSED,
  LEAD_RESPONSE_TAKEN_AWAY,
} from './lead-response.messages.ts';
import { LEAD_RESPONSE_DUE_JOB } from './lead-response.repository.ts';
import { selectResponsePolicy } from './response-policy.repository.ts';

/**
 * At a lead's first-response deadline (scheduled by the lead's write, not found by polling): when the lead
 * is still not followed up and still due at that moment, the miss is recorded once (a second run of the job
 * finds it recorded and does nothing) and the lead marked breached. Under the target it is held to — its rule
 * set's, else the company-wide one — the lead is then reassigned by the set's rules when the set says so (the
 * owner passed over; the new owner gets a full target and a notification; no one else: it stays), the owner
 * is reminded or told it went to someone else, and with escalation on the owner's manager (or their
 * department's head) is told. A deadline moved or met meanwhile makes the job do nothing; a job running more
 * than an hour late records the breach silently, reassigning nobody.
 */
const LATE_MS = 60 * 60 * 1000;

export const leadResponseDueJob = defineJobHandler<ReminderPayload>(
  LEAD_RESPONSE_DUE_JOB,
  async (payload, ctx) => {
    await inRecordTransaction(ctx.database, async (trx) => {
      const leads = await leadClockTable(ctx.database, trx);
      const lead = leads && (await selectLeadClock(trx, payload.id, leads));
      if (!lead || lead.firstResponseAt !== null || lead.responseDueAt !== payload.at) return;
      const policy = await selectResponsePolicy(trx, lead.id);
      const breachId = await insertBreach(trx, {
        lead_id: lead.id,
        due_at: payload.at,
        owner_id: lead.ownerId,
        rule_set_id: policy.ruleSetId,
        escalated_to: null,
        reassigned_to: null,
        at: now().toISOString(),
      });
      if (breachId === undefined) return;
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
      if (lead.ownerId === null) return;
      const ownerId = lead.ownerId;
      const link = { object: 'lead', recordId: lead.id };
      const name = lead.name ?? `#${lead.id}`;
      const reassigned =
        policy.reassign && policy.ruleSetId !== null
          ? await reassignAfterBreach({
              trx,
              database: ctx.database,
              leadId: lead.id,
              ownerId,
              ruleSetId: policy.ruleSetId,
            })
          : null;
      await notify(trx, {
        userIds: [ownerId],
        ...(reassigned
          ? { kind: LEAD_RESPONSE_TAKEN_AWAY, params: { name, to: reassigned.name } }
          : { kind: LEAD_RESPONSE_MISSED, params: { name } }),
        ...link,
      });
      let escalatedTo: number | null = null;
      if (policy.escalate) {
        const manager = await selectEscalationManager(trx, ownerId);
        if (manager && manager.id !== ownerId) {
          escalatedTo = manager.id;
          const params = { name, minutes: policy.targetMinutes, owner: manager.ownerName };
          await notify(trx, {
            userIds: [manager.id],
            ...(reassigned
              ? { kind: LEAD_RESPONSE_BREACHED_REASSIGNED, params: { ...params, to: reassigned.name } }
              : { kind: LEAD_RESPONSE_BREACHED, params }),
            ...link,
          });
        }
      }
      await updateBreachOutcome(trx, breachId, { escalatedTo, reassignedTo: reassigned?.userId ?? null });
    });
  },
);
