import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { loadRecord } from '../contract/record-rows.ts';

export interface PaymentInput {
  amount: string;
  receivedOn: string;
  paymentPlan?: number | undefined;
  method?: string | undefined;
  reference?: string | undefined;
  description?: string | undefined;
}

/**
 * Records a payment received against a contract the viewer may read (404 otherwise), through the records
 * API and so through the payment's behaviour (collecting contract, no over-payment, matching). The payment
 * belongs to the contract's owner when the viewer is that owner or may assign payments, so the owner sees
 * the money their contract received.
 */
export async function recordPayment(
  database: Database,
  viewer: Viewer,
  contractId: number,
  input: PaymentInput,
): Promise<RecordOutput> {
  const contracts = await recordContext(database, 'contract', viewer);
  const payments = await recordContext(database, 'payment', viewer);
  return inRecordTransaction(database, async (trx) => {
    const contract = await loadRecord(trx, contracts, contractId, scopeWhere(contracts, 'read', 'live'));
    if (!contract) throw recordNotFound();
    const ownedByContractOwner =
      contract.ownerId !== null &&
      (contract.ownerId === viewer.userId || viewer.permissions.can('payment', 'assign'));
    const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    return createRecordIn(trx, payments, {
      ...values,
      contract: contractId,
      ...(ownedByContractOwner ? { ownerId: contract.ownerId } : {}),
    });
  });
}
