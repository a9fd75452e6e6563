import { Decimal, toCnyString } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { companyToday, systemContextIn } from '../contract/contexts-in.ts';
import { COLLECTING_STATUSES, type ContractStatus } from '../contract/contract-status.ts';
import { loadRecord } from '../contract/record-rows.ts';
import { loadInstalments, loadPayments, moneyOf } from './payment-records.ts';
import {
  allocatePayments,
  contractPaymentStatus,
  instalmentStatus,
  type PaymentStatus,
} from './receivable-status.ts';

/** What a recompute found: the contract's figures and the instalments that are overdue now. */
export interface ReceivableSummary {
  received: Decimal;
  receivable: Decimal;
  paymentStatus: PaymentStatus;
  overdueInstalmentIds: number[];
}

/**
 * Brings a contract's collection figures in step with its payments, on the caller's transaction: each
 * instalment's received amount and status, and the contract's received amount, receivable (amount − received;
 * nothing for a terminated contract, which is owed no more) and payment status. Only values that changed are
 * written, through the records API as the system acting for the base context's viewer, so history and events
 * follow. `today` (default: today in the company's time zone) decides what is overdue. Undefined when the
 * contract is gone.
 */
export async function recomputeContractReceivables(
  trx: Transaction<DB>,
  base: RecordContext,
  contractId: number,
  today?: string,
): Promise<ReceivableSummary | undefined> {
  const contractContext = await systemContextIn(trx, base, 'contract');
  const contract = await loadRecord(trx, contractContext, contractId);
  if (!contract) return undefined;
  const planContext = await systemContextIn(trx, base, 'paymentPlan');
  const paymentContext = await systemContextIn(trx, base, 'payment');
  const day = today ?? (await companyToday(trx));
  const status = contract.values.status as ContractStatus | null;
  const collecting = status !== null && COLLECTING_STATUSES.includes(status);

  const instalments = await loadInstalments(trx, planContext, contractId);
  const payments = await loadPayments(trx, paymentContext, contractId);
  const held = allocatePayments(instalments, payments);
  const statuses: PaymentStatus[] = [];
  const overdueInstalmentIds: number[] = [];
  for (const line of instalments) {
    const received = held.get(line.id) ?? Decimal.ZERO;
    const lineStatus = instalmentStatus(line.amount, received, line.dueDate, day, collecting);
    statuses.push(lineStatus);
    if (lineStatus === 'overdue') overdueInstalmentIds.push(line.id);
    const next = { receivedAmount: toCnyString(received), status: lineStatus };
    if (line.values.receivedAmount !== next.receivedAmount || line.values.status !== next.status) {
      await updateRecordIn(trx, planContext, line.id, line.version, next, { managed: true });
    }
  }

  const amount = moneyOf(contract.values.amount);
  const received = Decimal.sum(payments.map((payment) => payment.amount));
  const receivable = status === 'terminated' ? Decimal.ZERO : amount.minus(received);
  const paymentStatus = contractPaymentStatus(amount, received, statuses);
  const next = {
    receivedAmount: toCnyString(received),
    receivableAmount: toCnyString(receivable),
    paymentStatus,
  };
  if (
    contract.values.receivedAmount !== next.receivedAmount ||
    contract.values.receivableAmount !== next.receivableAmount ||
    contract.values.paymentStatus !== next.paymentStatus
  ) {
    await updateRecordIn(trx, contractContext, contractId, contract.version, next, { managed: true });
  }
  return { received, receivable, paymentStatus, overdueInstalmentIds };
}
