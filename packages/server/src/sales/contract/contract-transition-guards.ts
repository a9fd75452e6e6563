import { Decimal } from '@lodestar/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, invalidFields } from '../../errors.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { loadInstalments, loadPayments, moneyOf } from '../payment/payment-records.ts';
import { systemContextIn } from './contexts-in.ts';
import type { ContractTransitionName } from './contract-status.ts';
import { loadRecord, type RecordSnapshot } from './record-rows.ts';

/**
 * What must hold before a transition, beyond the status it starts from (each raises a 422 naming the
 * problem and changes nothing):
 * - submit: an amount above zero, an account, a payment plan (if any) adding up to the amount, and for an
 *   amendment an amount not below what the original has received;
 * - approve: the amendment rule again (money may have come in while it waited);
 * - complete: nothing left receivable.
 */
export async function checkTransitionGuards(
  trx: Transaction<DB>,
  context: RecordContext,
  contract: RecordSnapshot,
  transition: ContractTransitionName,
): Promise<void> {
  const amount = moneyOf(contract.values.amount);
  if (transition === 'submit') {
    const problems: Array<{ field: string; code: string; params?: Record<string, unknown> }> = [];
    if (!amount.greaterThan(0)) problems.push({ field: 'amount', code: 'contract.amount_required' });
    if (contract.values.account == null)
      problems.push({ field: 'account', code: 'contract.account_required' });
    const planContext = await systemContextIn(trx, context, 'paymentPlan');
    const instalments = await loadInstalments(trx, planContext, contract.id);
    const total = Decimal.sum(instalments.map((line) => line.amount));
    if (instalments.length > 0 && !total.equals(amount)) {
      problems.push({
        field: 'paymentPlan',
        code: 'contract.plan_total_mismatch',
        params: { total: total.toFixed(2), amount: amount.toFixed(2) },
      });
    }
    if (problems.length > 0) throw invalidFields(problems);
  }
  if ((transition === 'submit' || transition === 'approve') && contract.values.amends != null) {
    await checkAmendmentCoversReceived(trx, context, contract, amount);
  }
  if (transition === 'complete') {
    const receivable = moneyOf(contract.values.receivableAmount);
    if (receivable.greaterThan(0)) {
      throw new AppError(422, 'contract.not_fully_paid', { receivable: receivable.toFixed(2) }, [
        {
          field: 'receivableAmount',
          code: 'contract.not_fully_paid',
          params: { receivable: receivable.toFixed(2) },
        },
      ]);
    }
  }
}

/** An amendment takes over its original's payments, so it may not be for less than they add up to. */
async function checkAmendmentCoversReceived(
  trx: Transaction<DB>,
  context: RecordContext,
  amendment: RecordSnapshot,
  amount: Decimal,
): Promise<void> {
  const original = await loadRecord(trx, context, Number(amendment.values.amends));
  if (!original) return;
  const paymentContext = await systemContextIn(trx, context, 'payment');
  const received = Decimal.sum((await loadPayments(trx, paymentContext, original.id)).map((p) => p.amount));
  if (amount.lessThan(received)) {
    const params = { amount: amount.toFixed(2), received: received.toFixed(2) };
    throw new AppError(422, 'contract.amendment_below_received', params, [
      { field: 'amount', code: 'contract.amendment_below_received', params },
    ]);
  }
}
