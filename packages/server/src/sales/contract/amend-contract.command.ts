import type { Database } from '../../db/database.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { getRecord } from '../../records/get-record.query.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { loadInstalments } from '../payment/payment-records.ts';
import { systemContextIn } from './contexts-in.ts';
import { AMENDABLE_STATUSES, type ContractStatus } from './contract-status.ts';
import { loadRecord, loadRecordsWhere } from './record-rows.ts';

/** What an amendment starts from: every field of the original but its number, signing, approval and files. */
const COPIED_FIELDS = [
  'name',
  'account',
  'opportunity',
  'quote',
  'contact',
  'partyA',
  'partyB',
  'amount',
  'startDate',
  'endDate',
  'paymentTerms',
  'terms',
  'description',
] as const;

/**
 * Starts an amendment (合同变更) of an approved or signed contract: a new draft contract pointing at the
 * original (`amends`), with its fields and payment plan copied and the same owner, to be changed and sent for
 * approval like any draft. Approving it supersedes the original (see `supersedeOriginal`). One amendment is
 * in progress at a time. The viewer needs to be allowed to update the original.
 */
export async function amendContract(
  database: Database,
  viewer: Viewer,
  originalId: number,
): Promise<RecordOutput> {
  const context = await recordContext(database, 'contract', viewer);
  const amendmentId = await inRecordTransaction(database, async (trx) => {
    const original = await loadRecord(trx, context, originalId, scopeWhere(context, 'read', 'live'));
    if (!original) throw recordNotFound();
    if (!(await loadRecord(trx, context, originalId, scopeWhere(context, 'update', 'live'))))
      throw forbidden();
    if (!AMENDABLE_STATUSES.includes(original.values.status as ContractStatus)) {
      throw conflict('contract.not_amendable');
    }
    const system = await systemContextIn(trx, context, 'contract');
    const open = (await loadRecordsWhere(trx, system, 'amends', originalId)).find((amendment) =>
      ['draft', 'pendingApproval'].includes(String(amendment.values.status)),
    );
    if (open) throw conflict('contract.amendment_open', { number: open.values.number });

    const values: Record<string, JsonValue> = { amends: originalId, ownerId: original.ownerId };
    for (const field of COPIED_FIELDS) {
      if (original.values[field] != null) values[field] = original.values[field];
    }
    const amendment = await createRecordIn(trx, system, values, { managed: true });
    const planContext = await systemContextIn(trx, context, 'paymentPlan');
    for (const line of await loadInstalments(trx, planContext, originalId)) {
      await createRecordIn(trx, planContext, {
        name: line.values.name,
        contract: amendment.id,
        instalment: line.values.instalment,
        dueDate: line.values.dueDate,
        amount: line.values.amount,
        description: line.values.description,
        ownerId: original.ownerId,
      });
    }
    return amendment.id;
  });
  return getRecord(context, amendmentId);
}
