import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { addBusinessTime } from '../../platform/business-calendar/business-time.ts';
import { companyBusinessClock } from '../../platform/business-calendar/company-business-clock.ts';
import { now } from '../../platform/clock.ts';
import type { WriteNotes } from '../../records/record-behaviour.ts';
import { rescheduleReminder } from '../task/reminder-jobs.ts';
import { type LeadClock, leadClockTable, selectLeadClock, writeLeadClock } from './lead-clock.repository.ts';
import { LEAD_RESPONSE_DUE_JOB } from './lead-response.repository.ts';
import { type ResponsePolicy, selectResponsePolicy } from './response-policy.repository.ts';

const MINUTE_MS = 60_000;

/** The lead as far as whether its clock runs: who owns it, its status, and its clock. */
type ClockState = Pick<LeadClock, 'ownerId' | 'status' | 'firstResponseAt' | 'responseStatus'>;

/**
 * Whether a lead reaching an owner starts its clock: it must have an owner now and no first response
 * yet; a new lead starts when created in status `new`; a lead changing hands restarts — a reassignment gives
 * the new owner a full target — unless it was never timed although owned (created worked already, or before
 * the clock existed).
 */
export function clockStarts(before: ClockState | null, after: ClockState): boolean {
  if (after.ownerId === null || after.firstResponseAt !== null) return false;
  if (before === null) return after.status === 'new';
  if (before.ownerId === after.ownerId) return false;
  return before.responseStatus !== null || (before.ownerId === null && after.status === 'new');
}

const CLOCK_SET = Symbol('leadResponse.clockSet');

/**
 * Says, in the notes of a lead's create, that whoever gave the new lead its owner in that write (a rule set)
 * also set its clock: the create's own clock (the company-wide target) stays out of it.
 */
export function noteClockSet(notes: WriteNotes): void {
  notes.set(CLOCK_SET, true);
}

/** Whether `noteClockSet` was said of this write. */
export function clockSetInWrite(notes: WriteNotes): boolean {
  return notes.has(CLOCK_SET);
}

/** The clock of a lead created as `state` (its owner included) at `from` under `policy`: running, or none. */
export async function newLeadClock(
  trx: Transaction<DB>,
  state: ClockState,
  from: Date,
  policy: ResponsePolicy,
): Promise<{ responseDueAt: string | null; responseStatus: 'pending' | null }> {
  if (!clockStarts(null, state)) return { responseDueAt: null, responseStatus: null };
  return { responseDueAt: await responseDueAt(trx, from, policy), responseStatus: 'pending' };
}

/** When a clock started at `from` is due under `policy`: its target in business minutes later. */
export async function responseDueAt(
  trx: Transaction<DB>,
  from: Date,
  policy: ResponsePolicy,
): Promise<string | null> {
  const due = addBusinessTime(from, policy.targetMinutes * MINUTE_MS, await companyBusinessClock(trx));
  return due?.toISOString() ?? null;
}

/** Moves a lead's deadline job from its old due moment to its new one (none: no job). */
export async function moveDeadlineJob(
  trx: Transaction<DB>,
  leadId: number,
  from: string | null,
  to: string | null,
): Promise<void> {
  await rescheduleReminder(trx, { jobName: LEAD_RESPONSE_DUE_JOB, recordId: leadId, from, to, now: now() });
}

/**
 * A lead was just given to its owner outside a records write (assigned by a rule set, claimed or assigned from
 * a pool; `previousOwnerId` before): its clock starts as `clockStarts` says, from now, under `policy` — by
 * default the lead's own (`selectResponsePolicy`). A lead its rules gave to whoever created it, whose creation
 * started the clock, is re-timed under the policy. A lead that already missed a target stays `breached`; its
 * new owner still gets a full target. Written alongside the owner change, with the deadline job moved.
 * Returns the new due moment, or null when the clock did not start.
 */
export async function startClockForNewOwner(
  database: Database,
  trx: Transaction<DB>,
  leadId: number,
  previousOwnerId: number | null,
  policy?: ResponsePolicy,
): Promise<string | null> {
  const table = await leadClockTable(database, trx);
  const lead = table && (await selectLeadClock(trx, leadId, table));
  if (!lead) return null;
  const starts =
    previousOwnerId === lead.ownerId
      ? lead.ownerId !== null && lead.firstResponseAt === null && lead.responseStatus !== null
      : clockStarts({ ...lead, ownerId: previousOwnerId }, lead);
  if (!starts) return null;
  const due = await responseDueAt(trx, now(), policy ?? (await selectResponsePolicy(trx, leadId)));
  await writeLeadClock(
    trx,
    leadId,
    { responseDueAt: due, responseStatus: lead.responseStatus === 'breached' ? 'breached' : 'pending' },
    table,
  );
  await moveDeadlineJob(trx, leadId, lead.responseDueAt, due);
  return due;
}

/**
 * A rule put a lead in a pool: nobody owns it, so a clock that was only just running (nobody answered, nothing
 * missed yet) stops; it starts again when someone gets the lead.
 */
export async function stopClockOnPooling(
  database: Database,
  trx: Transaction<DB>,
  leadId: number,
): Promise<void> {
  const table = await leadClockTable(database, trx);
  const lead = table && (await selectLeadClock(trx, leadId, table));
  if (!lead || lead.firstResponseAt !== null || lead.responseStatus !== 'pending') return;
  await writeLeadClock(trx, leadId, { responseDueAt: null, responseStatus: null }, table);
  await moveDeadlineJob(trx, leadId, lead.responseDueAt, null);
}
