import { Decimal } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { loadRecordsWhere, type RecordSnapshot } from '../contract/record-rows.ts';
import type { InstalmentLine, PaymentLine } from './receivable-status.ts';

/** An amount field's value as a Decimal (empty: zero). */
export function moneyOf(value: unknown): Decimal {
  return typeof value === 'string' && value !== '' ? Decimal.parse(value) : Decimal.ZERO;
}

export type InstalmentRecord = RecordSnapshot & InstalmentLine;
export type PaymentRecord = RecordSnapshot & PaymentLine;

/** The live instalments of a contract's payment plan. */
export async function loadInstalments(
  trx: Transaction<DB>,
  planContext: RecordContext,
  contractId: number,
): Promise<InstalmentRecord[]> {
  const records = await loadRecordsWhere(trx, planContext, 'contract', contractId);
  return records.map((record) => ({
    ...record,
    amount: moneyOf(record.values.amount),
    dueDate: String(record.values.dueDate ?? ''),
    instalment: typeof record.values.instalment === 'number' ? record.values.instalment : null,
  }));
}

/** The live payments received against a contract. */
export async function loadPayments(
  trx: Transaction<DB>,
  paymentContext: RecordContext,
  contractId: number,
): Promise<PaymentRecord[]> {
  const records = await loadRecordsWhere(trx, paymentContext, 'contract', contractId);
  return records.map((record) => ({
    ...record,
    amount: moneyOf(record.values.amount),
    paymentPlanId: typeof record.values.paymentPlan === 'number' ? record.values.paymentPlan : null,
  }));
}
