import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { getRecord } from '../../records/get-record.query.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { recordContext } from '../../records/record-context.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { applyContractTransition } from './apply-contract-transition.ts';
import { authorizeContractTransition } from './authorize-contract-transition.ts';
import type { ContractAction } from './contract-status.ts';

export interface TransitionContractProps {
  contractId: number;
  action: ContractAction;
  comment?: string | null | undefined;
  signDate?: string | null | undefined;
}

/**
 * A person asks for a transition: authorised (scope, permission, not deciding on one's own submission), then
 * applied, all in one transaction. Returns the contract as the viewer sees it afterwards.
 */
export async function transitionContract(
  database: Database,
  viewer: Viewer,
  props: TransitionContractProps,
): Promise<RecordOutput> {
  const context = await recordContext(database, 'contract', viewer);
  await inRecordTransaction(database, async (trx) => {
    await authorizeContractTransition(trx, context, props.contractId, props.action);
    await applyContractTransition(trx, context, {
      contractId: props.contractId,
      transition: props.action,
      actor: viewer,
      comment: props.comment ?? null,
      signDate: props.signDate ?? null,
    });
  });
  return getRecord(context, props.contractId);
}
