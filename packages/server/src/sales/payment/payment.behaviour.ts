import { Decimal } from '@lodestar/shared';
import { AppError, conflict, invalidFields } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { contextIn, systemContextIn } from '../contract/contexts-in.ts';
import { COLLECTING_STATUSES, type ContractStatus } from '../contract/contract-status.ts';
import { loadRecord, lockRecordRow } from '../contract/record-rows.ts';
import { loadInstalments, loadPayments, moneyOf } from './payment-records.ts';
import { allocatePayments, earliestOpenInstalment } from './receivable-status.ts';
import { recomputeContractReceivables } from './recompute-receivables.ts';
import './payment.messages.ts';

/** The fields whose change moves money between contracts and instalments. */
const MONEY_FIELDS = ['contract', 'amount', 'paymentPlan'] as const;

const differs = (write: PendingWrite, field: string) =>
  JSON.stringify(write.before?.[field] ?? null) !== JSON.stringify(write.values[field] ?? null);

const contractIdsOf = (write: PendingWrite) =>
  [...new Set([write.before?.contract, write.values.contract])]
    .filter((id): id is number => typeof id === 'number')
    .sort((a, b) => a - b);

/**
 * Checks a payment against its contract before it is written (L-5):
 * - money is recorded, changed and removed only on approved or signed contracts the viewer may read;
 * - the payment's account is the contract's;
 * - its amount is above zero and within the contract's receivable (the other payments deducted): no
 *   over-payment; an instalment named in the request must have that much left too;
 * - with no instalment named, it is matched to the earliest open instalment of the plan; what exceeds that
 *   instalment spills into the next ones when the figures are computed (`allocatePayments`).
 * The contracts involved are locked first, so two payments cannot both take the last of a receivable.
 */
async function checkPayment(write: PendingWrite): Promise<void> {
  const { trx, context } = write;
  if (
    write.kind === 'update' &&
    !MONEY_FIELDS.some((field) => write.given.has(field) && differs(write, field))
  )
    return;
  const system = await systemContextIn(trx, context, 'contract');
  for (const id of contractIdsOf(write)) await lockRecordRow(trx, system.object.tableName, id);

  const previous = typeof write.before?.contract === 'number' ? write.before.contract : null;
  if (previous !== null && (write.kind === 'delete' || previous !== write.values.contract)) {
    const old = await loadRecord(trx, system, previous);
    if (old && !COLLECTING_STATUSES.includes(old.values.status as ContractStatus)) {
      throw conflict('payment.contract_not_collecting');
    }
  }
  if (write.kind === 'delete') return;

  const visible = await contextIn(trx, context, 'contract');
  const contractId = Number(write.values.contract);
  const contract = await loadRecord(trx, visible, contractId, scopeWhere(visible, 'read', 'live'));
  if (!contract) throw invalidFields([{ field: 'contract', code: 'payment.contract_not_visible' }]);
  if (!COLLECTING_STATUSES.includes(contract.values.status as ContractStatus)) {
    throw conflict('payment.contract_not_collecting');
  }
  write.set('account', contract.values.account ?? null);

  const amount = moneyOf(write.values.amount);
  if (!amount.greaterThan(0)) throw invalidFields([{ field: 'amount', code: 'payment.amount_not_positive' }]);
  const payments = await systemContextIn(trx, context, 'payment');
  const others = (await loadPayments(trx, payments, contractId)).filter((p) => p.id !== write.id);
  const receivable = moneyOf(contract.values.amount).minus(Decimal.sum(others.map((p) => p.amount)));
  if (amount.greaterThan(receivable)) {
    const params = { receivable: receivable.toFixed(2) };
    throw new AppError(422, 'payment.exceeds_receivable', params, [
      { field: 'amount', code: 'payment.exceeds_receivable', params },
    ]);
  }

  const plans = await systemContextIn(trx, context, 'paymentPlan');
  const instalments = await loadInstalments(trx, plans, contractId);
  const held = allocatePayments(instalments, others);
  const named = write.given.has('paymentPlan') || write.values.contract === write.before?.contract;
  const planId = named && typeof write.values.paymentPlan === 'number' ? write.values.paymentPlan : null;
  if (planId === null) {
    write.set('paymentPlan', earliestOpenInstalment(instalments, held)?.id ?? null);
    return;
  }
  const line = instalments.find((instalment) => instalment.id === planId);
  if (!line) throw invalidFields([{ field: 'paymentPlan', code: 'payment.instalment_not_of_contract' }]);
  if (!write.given.has('paymentPlan')) return;
  const remaining = line.amount.minus(held.get(line.id) ?? Decimal.ZERO);
  if (amount.greaterThan(remaining)) {
    const params = { remaining: remaining.toFixed(2) };
    throw new AppError(422, 'payment.exceeds_instalment', params, [
      { field: 'paymentPlan', code: 'payment.exceeds_instalment', params },
    ]);
  }
}

registerRecordBehaviour('payment', {
  beforeWrite: checkPayment,
  /** Every payment create, change, delete or restore brings its contract(s) and their instalments up to date. */
  async afterWrite(write) {
    const ids = [...new Set([write.before?.contract, write.after.contract])].filter(
      (id): id is number => typeof id === 'number',
    );
    for (const id of ids) {
      await recomputeContractReceivables(write.trx, write.context, id);
    }
  },
});
