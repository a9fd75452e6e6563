import type { Database } from '../../db/database.ts';
import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { defineSchedule } from '../../platform/jobs/schedule.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { companyToday } from '../contract/contexts-in.ts';
import { PAYMENT_DUE_SOON, PAYMENT_OVERDUE } from './payment.notifications.ts';
import {
  markReminderSent,
  type OpenInstalment,
  openInstalmentsDueBy,
} from './payment-reminders.repository.ts';
import { recomputeContractReceivables } from './recompute-receivables.ts';
import { SYSTEM_ACTOR } from './system-actor.ts';

/** Days before a due date that the owner is reminded, unless the schedule says otherwise. */
export const DEFAULT_REMINDER_DAYS = 3;

export interface PaymentRemindersOptions {
  /** The moment the job runs for (tests fix it); default now. */
  now?: Date;
  reminderDays?: number;
}

const addDays = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};

/**
 * The daily collection round (L-5, A-8), for each collecting contract with an instalment due soon or past
 * due and not fully paid: instalments whose due date passed are marked overdue, with the contract
 * (recomputed for `now`'s day in the company's time zone), and the contract's owner is notified once per
 * instalment and due date — overdue, or due within `reminderDays`. Running it again the same day (or after a
 * crash) notifies nobody twice: each reminder is written once to `payment_reminders`, in the same
 * transaction as its notification. Each contract is one transaction.
 */
export async function sendPaymentReminders(
  database: Database,
  options: PaymentRemindersOptions = {},
): Promise<{ overdue: number; dueSoon: number }> {
  const now = options.now ?? new Date();
  const today = await companyToday(database.db, now);
  const plans = await systemRecordContext(database, 'paymentPlan', SYSTEM_ACTOR, database.db);
  const contracts = await systemRecordContext(database, 'contract', SYSTEM_ACTOR, database.db);
  const open = await openInstalmentsDueBy(
    database.db,
    plans,
    contracts,
    addDays(today, options.reminderDays ?? DEFAULT_REMINDER_DAYS),
  );
  const byContract = new Map<number, OpenInstalment[]>();
  for (const line of open)
    byContract.set(line.contractId, [...(byContract.get(line.contractId) ?? []), line]);
  const sent = { overdue: 0, dueSoon: 0 };
  for (const [contractId, lines] of byContract) {
    await inRecordTransaction(database, async (trx) => {
      if (lines.some((line) => line.dueDate < today && line.status !== 'overdue')) {
        await recomputeContractReceivables(trx, contracts, contractId, today);
      }
      for (const line of lines) {
        const kind = line.dueDate < today ? 'overdue' : 'dueSoon';
        if (
          !(await markReminderSent(trx, {
            paymentPlanId: line.id,
            kind,
            dueDate: line.dueDate,
            at: now.toISOString(),
          }))
        )
          continue;
        sent[kind] += 1;
        await notify(trx, {
          userIds: line.ownerId === null ? [] : [line.ownerId],
          kind: kind === 'overdue' ? PAYMENT_OVERDUE : PAYMENT_DUE_SOON,
          params: reminderParams(line),
          object: 'contract',
          recordId: contractId,
        });
      }
    });
  }
  return sent;
}

function reminderParams(line: OpenInstalment) {
  return {
    number: line.contractNumber ?? `#${line.contractId}`,
    instalment: line.instalment ?? 1,
    dueDate: line.dueDate,
    remaining: line.remaining.toFixed(2),
  };
}

export const paymentRemindersJob = defineJobHandler(
  'payments.reminders',
  async (payload: { reminderDays?: number }, ctx) => {
    const sent = await sendPaymentReminders(ctx.database, { reminderDays: payload.reminderDays });
    ctx.log.info(sent, 'payment reminders sent');
  },
);

/** Daily, ten minutes after midnight in China: a due date that passed yesterday is overdue today. */
export const paymentRemindersSchedule = defineSchedule({
  name: 'payments.reminders',
  cron: '10 0 * * *',
  jobName: 'payments.reminders',
  payload: { reminderDays: DEFAULT_REMINDER_DAYS },
});
