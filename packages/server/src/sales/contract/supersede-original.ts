import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { loadPayments } from '../payment/payment-records.ts';
import { applyContractTransition } from './apply-contract-transition.ts';
import { systemContextIn } from './contexts-in.ts';
import type { RecordSnapshot } from './record-rows.ts';

/**
 * An approved amendment replaces its original: the payments received under the original move to the
 * amendment (re-matched to its plan from the earliest open instalment, in the order they were recorded), and
 * the original is terminated as superseded, pointing at the amendment. The original then owes nothing more
 * (receivable 0); the amendment's receivable is its amount less everything received under either.
 */
export async function supersedeOriginal(
  trx: Transaction<DB>,
  base: RecordContext,
  actor: Viewer,
  amendment: RecordSnapshot,
): Promise<void> {
  const originalId = Number(amendment.values.amends);
  const paymentContext = await systemContextIn(trx, base, 'payment', actor);
  for (const payment of await loadPayments(trx, paymentContext, originalId)) {
    await updateRecordIn(trx, paymentContext, payment.id, payment.version, {
      contract: amendment.id,
      paymentPlan: null,
    });
  }
  await applyContractTransition(trx, base, {
    contractId: originalId,
    transition: 'supersede',
    actor,
    comment: String(amendment.values.number ?? ''),
    supersededBy: amendment.id,
  });
}
