import type { JsonValue } from '../../metadata/field-types/index.ts';
import { addBusinessTime, businessTimeBetween } from '../../platform/business-calendar/business-time.ts';
import { now } from '../../platform/clock.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { rescheduleReminder } from '../task/reminder-jobs.ts';
import { companyBusinessClock } from './business-clock.ts';
import { selectLeadClock } from './lead-clock.repository.ts';
import { LEAD_RESPONSE_DUE_JOB, leadResponseSettings } from './lead-response.repository.ts';

const MINUTE_MS = 60_000;
const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value : null);

/**
 * A new lead's first-response clock starts when it reaches an owner — on creation, when a lead that came
 * in without one (a web form, the pool) is assigned, or when a lead not yet followed up changes hands (a
 * reassignment gives the new owner a full target): it is due the target's
 * business minutes later (the business calendar: working hours, holidays, adjusted working days). A lead
 * created in another status than `new` is not timed.
 */
async function startResponseClock(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  const { values, before } = write;
  if (values.ownerId == null || values.firstResponseAt != null) return;
  if (write.kind === 'create' && values.status !== 'new') return;
  if (write.kind === 'update') {
    if (before?.ownerId === values.ownerId) return;
    // Not timed although it had an owner (created worked already, or before the clock): stays untimed.
    if (before?.responseStatus == null && (before?.ownerId != null || values.status !== 'new')) return;
  }
  const settings = await leadResponseSettings.read(write.trx);
  const due = addBusinessTime(
    now(),
    settings.targetMinutes * MINUTE_MS,
    await companyBusinessClock(write.trx),
  );
  write.set('responseDueAt', due?.toISOString() ?? null);
  if (values.responseStatus !== 'breached') write.set('responseStatus', 'pending');
}

/** The deadline job follows the lead's due time; answered or deleted, it has none. */
async function keepDeadlineJob(write: CompletedWrite): Promise<void> {
  const dueOf = (values: CompletedWrite['before']) =>
    values && values.firstResponseAt == null ? text(values.responseDueAt) : null;
  await rescheduleReminder(write.trx, {
    jobName: LEAD_RESPONSE_DUE_JOB,
    recordId: write.id,
    from: write.kind === 'updated' || write.kind === 'deleted' ? dueOf(write.before) : null,
    to: write.kind === 'deleted' ? null : dueOf(write.after),
    now: now(),
  });
}

/**
 * The first follow-up of a timed lead stops its clock: the lead records when it was answered (the follow-up's
 * time, not before the lead existed, not after it was logged), how many business minutes after its
 * creation, and whether that was within the due time.
 */
async function stopResponseClock(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'created' || typeof write.after.lead !== 'number') return;
  const lead = await selectLeadClock(write.trx, write.after.lead);
  if (!lead || lead.firstResponseAt !== null || lead.responseStatus === null) return;
  const logged = now().getTime();
  const occurred = Date.parse(text(write.after.occurredAt) ?? '') || logged;
  const answeredAt = new Date(Math.max(Date.parse(lead.createdAt), Math.min(occurred, logged)));
  const clock = await companyBusinessClock(write.trx);
  const minutes = Math.round(businessTimeBetween(new Date(lead.createdAt), answeredAt, clock) / MINUTE_MS);
  const inTime = lead.responseDueAt !== null && answeredAt.getTime() <= Date.parse(lead.responseDueAt);
  const leads = await systemRecordContext(write.context.database, 'lead', write.context.viewer, write.trx);
  await updateRecordIn(
    write.trx,
    leads,
    lead.id,
    lead.version,
    {
      firstResponseAt: answeredAt.toISOString(),
      responseMinutes: minutes,
      responseStatus: lead.responseStatus === 'breached' || !inTime ? 'breached' : 'met',
    },
    { managed: true },
  );
}

registerRecordBehaviour('lead', { beforeWrite: startResponseClock, afterWrite: keepDeadlineJob });
registerRecordBehaviour('followUp', { afterWrite: stopResponseClock });
