import type { JsonValue } from '../../metadata/field-types/index.ts';
import { businessTimeBetween } from '../../platform/business-calendar/business-time.ts';
import { companyBusinessClock } from '../../platform/business-calendar/company-business-clock.ts';
import { now } from '../../platform/clock.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  type RecordValues,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { objectTableOf } from '../catalogue/object-table.ts';
import { selectLeadClock } from './lead-clock.repository.ts';
import { clockSetInWrite, clockStarts, moveDeadlineJob, responseDueAt } from './response-clock.ts';
import { companyResponsePolicy, selectResponsePolicy } from './response-policy.repository.ts';

const MINUTE_MS = 60_000;
const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value : null);

const stateOf = (values: RecordValues) => ({
  ownerId: typeof values.ownerId === 'number' ? values.ownerId : null,
  status: text(values.status),
  firstResponseAt: text(values.firstResponseAt),
  responseStatus: text(values.responseStatus),
});

/**
 * A new lead's first-response clock starts when it reaches an owner (see `clockStarts`) — on creation
 * under the company-wide target, or when it changes hands by an edit under the target of the rule set that
 * assigned it (the company-wide one when none did). It is due the target's business minutes later (the
 * business calendar: working hours, holidays, adjusted working days). Owners given by a rule set, a claim or
 * a pool manager start it through `startClockForNewOwner` instead, and a rule set deciding a new lead's owner
 * before it is stored sets its clock in the same create (`noteClockSet`).
 */
async function startResponseClock(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  if (clockSetInWrite(write.notes)) return;
  const { values, before } = write;
  if (!clockStarts(before ? stateOf(before) : null, stateOf(values))) return;
  const policy =
    write.kind === 'update' && write.id !== null
      ? await selectResponsePolicy(write.trx, write.id)
      : await companyResponsePolicy(write.trx);
  write.set('responseDueAt', await responseDueAt(write.trx, now(), policy));
  if (values.responseStatus !== 'breached') write.set('responseStatus', 'pending');
}

/**
 * The deadline job follows the lead's due time; answered or deleted, it has none. A created lead's clock is
 * read back: the rule set that assigned it in the same write (before this runs) may have re-timed it and
 * scheduled its job already.
 */
async function keepDeadlineJob(write: CompletedWrite): Promise<void> {
  const dueOf = (values: CompletedWrite['before']) =>
    values && values.firstResponseAt == null ? text(values.responseDueAt) : null;
  let to = write.kind === 'deleted' ? null : dueOf(write.after);
  if (write.kind === 'created' && to !== null) {
    const lead = await selectLeadClock(write.trx, write.id, objectTableOf(write.context.object));
    to = lead && lead.firstResponseAt === null ? lead.responseDueAt : null;
  }
  await moveDeadlineJob(
    write.trx,
    write.id,
    write.kind === 'updated' || write.kind === 'deleted' ? dueOf(write.before) : null,
    to,
  );
}

/**
 * The first follow-up of a timed lead stops its clock: the lead records when it was answered (the follow-up's
 * time, not before the lead existed, not after it was logged), how many business minutes after its
 * creation, and whether that was within the due time.
 */
async function stopResponseClock(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'created' || typeof write.after.lead !== 'number') return;
  const leads = await systemRecordContext(write.context.database, 'lead', write.context.viewer, write.trx);
  const lead = await selectLeadClock(write.trx, write.after.lead, objectTableOf(leads.object));
  if (!lead || lead.firstResponseAt !== null || lead.responseStatus === null) return;
  const logged = now().getTime();
  const occurred = Date.parse(text(write.after.occurredAt) ?? '') || logged;
  const answeredAt = new Date(Math.max(Date.parse(lead.createdAt), Math.min(occurred, logged)));
  const clock = await companyBusinessClock(write.trx);
  const minutes = Math.round(businessTimeBetween(new Date(lead.createdAt), answeredAt, clock) / MINUTE_MS);
  const inTime = lead.responseDueAt !== null && answeredAt.getTime() <= Date.parse(lead.responseDueAt);
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
