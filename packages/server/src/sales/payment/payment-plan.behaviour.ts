import { conflict } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { systemContextIn } from '../contract/contexts-in.ts';
import { loadRecord } from '../contract/record-rows.ts';
import { recomputeContractReceivables } from './recompute-receivables.ts';
import './payment.messages.ts';

/** The fields that make up the plan; the others (name, notes) may change at any time. */
const PLAN_FIELDS = ['contract', 'amount', 'dueDate', 'instalment'] as const;

function changesPlan(write: PendingWrite): boolean {
  if (write.kind !== 'update') return true;
  return PLAN_FIELDS.some(
    (field) =>
      write.given.has(field) &&
      JSON.stringify(write.before?.[field] ?? null) !== JSON.stringify(write.values[field] ?? null),
  );
}

/**
 * Instalments are part of the contract's payment terms: they are added, changed (contract, amount, due date,
 * number) and removed only while the contract is a draft (409 otherwise). A new one starts with nothing
 * received, and every change of the plan brings the contract's figures up to date.
 */
registerRecordBehaviour('paymentPlan', {
  async beforeWrite(write) {
    if (write.kind === 'create') {
      write.set('receivedAmount', '0.00');
      write.set('status', 'unpaid');
    }
    if (!changesPlan(write)) return;
    const contracts = await systemContextIn(write.trx, write.context, 'contract');
    const ids = new Set([write.before?.contract, write.values.contract]);
    for (const id of ids) {
      if (typeof id !== 'number') continue;
      const contract = await loadRecord(write.trx, contracts, id);
      if (contract && contract.values.status !== 'draft') throw conflict('paymentPlan.contract_locked');
    }
  },
  async afterWrite(write) {
    const changed = write.changes.some((change) => (PLAN_FIELDS as readonly string[]).includes(change.field));
    if (write.kind === 'updated' && !changed) return;
    const ids = new Set([write.before?.contract, write.after.contract]);
    for (const id of ids) {
      if (typeof id !== 'number') continue;
      await recomputeContractReceivables(write.trx, write.context, id);
    }
  },
});
