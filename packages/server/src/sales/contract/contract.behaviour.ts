import { AppError, conflict } from '../../errors.ts';
import { type PendingWrite, registerRecordBehaviour } from '../../records/record-behaviour.ts';
import { recomputeContractReceivables } from '../payment/recompute-receivables.ts';
import { fieldListParams, statusParams } from './contract-error-params.ts';
import { CONTRACT_KEY_FIELDS, contractLocked } from './contract-status.ts';
import { appendStatusHistory } from './contract-status-history.repository.ts';
import { isContractTransition } from './contract-transition-guard.ts';
import './contract.messages.ts';

/** The key fields an update changes, compared by value (a form sending them unchanged is no change). */
function changedKeyFields(write: PendingWrite): string[] {
  return CONTRACT_KEY_FIELDS.filter(
    (field) =>
      write.given.has(field) &&
      JSON.stringify(write.before?.[field] ?? null) !== JSON.stringify(write.values[field] ?? null),
  );
}

/**
 * What a contract does beyond storing fields (L-4, L-5):
 * - its status is written only by `applyContractTransition` (anything else writing it is a bug);
 * - a new contract starts as a draft with nothing received and its whole amount receivable;
 * - from pending approval on its key fields are refused (409 listing them);
 * - only a draft may be deleted;
 * - a change of amount or status brings its receivable, payment status and instalments up to date.
 */
registerRecordBehaviour('contract', {
  async beforeWrite(write) {
    const transition = isContractTransition(write.trx);
    if (write.given.has('status') && !transition) {
      throw new Error('a contract status is written only by applyContractTransition');
    }
    if (write.kind === 'create') {
      if (!write.given.has('status')) write.set('status', 'draft');
      write.set('receivedAmount', '0.00');
      write.set('receivableAmount', write.values.amount ?? '0.00');
      write.set('paymentStatus', 'unpaid');
      return;
    }
    const status = (write.before?.status ?? null) as string | null;
    if (write.kind === 'delete' && status !== 'draft') throw conflict('contract.not_deletable');
    if (write.kind !== 'update') return;
    if (!transition && contractLocked(status)) {
      const locked = changedKeyFields(write);
      if (locked.length > 0) {
        throw new AppError(
          409,
          'contract.locked_fields',
          { ...statusParams(write.context, status), ...fieldListParams(write.context, locked) },
          locked.map((field) => ({ field, code: 'contract.locked_field' })),
        );
      }
    }
  },

  async afterWrite(write) {
    if (write.kind === 'created') {
      await appendStatusHistory(write.trx, {
        contractId: write.id,
        action: 'create',
        fromStatus: null,
        toStatus: String(write.after.status),
        actorUserId: write.context.viewer.userId,
        comment: null,
        at: write.at,
      });
      return;
    }
    if (write.kind !== 'updated') return;
    if (write.changes.some((change) => change.field === 'amount' || change.field === 'status')) {
      await recomputeContractReceivables(write.trx, write.context, write.id);
    }
  },
});
