import { Decimal } from '@lodestar/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { COLLECTING_STATUSES } from '../contract/contract-status.ts';
import { columnOf } from '../contract/record-rows.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** An instalment of a collecting contract that still wants money, with what a reminder says about it. */
export interface OpenInstalment {
  id: number;
  contractId: number;
  /** The contract's owner, who is reminded. */
  ownerId: number | null;
  contractNumber: string | null;
  instalment: number | null;
  dueDate: string;
  /** The status last computed (the job recomputes only contracts where a passed due date is not yet overdue). */
  status: string | null;
  remaining: Decimal;
}

/**
 * The instalments due on or before `horizon` (YYYY-MM-DD) that are not fully paid, of live approved or
 * signed contracts — one indexed range on the due date, joined to the contracts.
 */
export async function openInstalmentsDueBy(
  db: AnyDb,
  plans: RecordContext,
  contracts: RecordContext,
  horizon: string,
): Promise<OpenInstalment[]> {
  const p = (field: string) => sql.ref(`p.${columnOf(plans, field)}`);
  const c = (field: string) => sql.ref(`c.${columnOf(contracts, field)}`);
  const { rows } = await sql<{
    id: number;
    contract_id: number;
    owner_id: number | null;
    contract_number: string | null;
    instalment: number | null;
    due_date: string;
    status: string | null;
    amount: number | string;
    received: number | string | null;
  }>`
    select p.id, ${p('contract')} as contract_id, c.owner_id, ${c('number')} as contract_number,
      ${p('instalment')} as instalment, ${p('dueDate')} as due_date, ${p('status')} as status,
      ${p('amount')} as amount,
      ${p('receivedAmount')} as received
    from ${sql.table(plans.object.tableName)} p
    join ${sql.table(contracts.object.tableName)} c on c.id = ${p('contract')}
    where p.deleted_at is null and c.deleted_at is null
      and ${c('status')} in (${sql.join([...COLLECTING_STATUSES])})
      and ${p('dueDate')} <= ${horizon}
      and coalesce(${p('receivedAmount')}, 0) < ${p('amount')}
    order by ${p('dueDate')}, p.id`.execute(db);
  return rows.map((row) => {
    const amount = Decimal.fromUnits(BigInt(row.amount), 2);
    const received = Decimal.fromUnits(BigInt(row.received ?? 0), 2);
    return {
      id: Number(row.id),
      contractId: Number(row.contract_id),
      ownerId: row.owner_id == null ? null : Number(row.owner_id),
      contractNumber: row.contract_number,
      instalment: row.instalment == null ? null : Number(row.instalment),
      dueDate: row.due_date,
      status: row.status,
      remaining: amount.minus(received),
    };
  });
}

/** Notes that a reminder was sent; false when this one (instalment, kind, due date) already was. */
export async function markReminderSent(
  trx: Transaction<DB>,
  reminder: { paymentPlanId: number; kind: 'dueSoon' | 'overdue'; dueDate: string; at: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('payment_reminders')
    .values({
      payment_plan_id: reminder.paymentPlanId,
      kind: reminder.kind,
      due_date: reminder.dueDate,
      sent_at: reminder.at,
    })
    .onConflict((oc) => oc.columns(['payment_plan_id', 'kind', 'due_date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
