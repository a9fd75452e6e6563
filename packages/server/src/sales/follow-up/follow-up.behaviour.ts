import { invalidFields } from '../../errors.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { now } from '../../platform/clock.ts';
import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { readLiveRecord } from '../task/record-values.repository.ts';
import { rescheduleReminder } from '../task/reminder-jobs.ts';
import { FOLLOW_UP_LINKS, FOLLOW_UP_REMINDER_JOB } from './follow-up-links.ts';
import './follow-up.messages.ts';

const idOf = (value: JsonValue | undefined) => (typeof value === 'number' ? value : null);

/** The account of the opportunity or, failing that, of the contact a follow-up names. */
async function derivedAccount(write: PendingWrite): Promise<number | null> {
  for (const object of ['opportunity', 'contact'] as const) {
    const id = idOf(write.values[object]);
    if (id === null) continue;
    const related = await readLiveRecord(write.trx, object, id);
    const account = idOf(related?.values.account);
    if (account !== null) return account;
  }
  return null;
}

/**
 * A follow-up names at least one lead, account, contact or opportunity (422 otherwise); it happened now
 * unless it says when; and it carries the account of its contact or opportunity when it names none, so it
 * shows on that account's timeline.
 */
async function checkAndDeriveFollowUp(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' && write.kind !== 'update') return;
  if (FOLLOW_UP_LINKS.every((link) => idOf(write.values[link]) === null)) {
    throw invalidFields(FOLLOW_UP_LINKS.map((field) => ({ field, code: 'followUp.link_required' })));
  }
  if (write.kind === 'create' && write.values.occurredAt == null)
    write.set('occurredAt', now().toISOString());
  if (idOf(write.values.account) === null) {
    const account = await derivedAccount(write);
    if (account !== null) write.set('account', account);
  }
}

const nextFollowUp = (values: CompletedWrite['before']) =>
  typeof values?.nextFollowUpAt === 'string' ? values.nextFollowUpAt : null;

/**
 * The next follow-up time is a reminder to the owner: a job at that moment (see `rescheduleReminder`),
 * moved when the time changes, dropped when it is cleared or the follow-up deleted.
 */
async function keepReminderInStep(write: CompletedWrite): Promise<void> {
  await rescheduleReminder(write.trx, {
    jobName: FOLLOW_UP_REMINDER_JOB,
    recordId: write.id,
    from: write.kind === 'updated' || write.kind === 'deleted' ? nextFollowUp(write.before) : null,
    to: write.kind === 'deleted' ? null : nextFollowUp(write.after),
    now: now(),
  });
}

registerRecordBehaviour('followUp', { beforeWrite: checkAndDeriveFollowUp, afterWrite: keepReminderInStep });
