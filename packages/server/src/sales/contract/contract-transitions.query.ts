import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { availableContractActions } from './authorize-contract-transition.ts';
import type { ContractAction } from './contract-status.ts';
import { listStatusHistory, type StatusHistoryRow } from './contract-status-history.repository.ts';
import { loadRecord } from './record-rows.ts';

export interface ContractTransitions {
  status: string;
  actions: ContractAction[];
  history: StatusHistoryRow[];
}

/** A contract's status, the transitions the viewer may ask for now, and its status history (404 outside scope). */
export async function contractTransitions(
  database: Database,
  viewer: Viewer,
  contractId: number,
): Promise<ContractTransitions> {
  const context = await recordContext(database, 'contract', viewer);
  const db = database.db;
  const contract = await loadRecord(db, context, contractId, scopeWhere(context, 'read', 'live'));
  if (!contract) throw recordNotFound();
  return {
    status: String(contract.values.status),
    actions: await availableContractActions(db, context, contract),
    history: await listStatusHistory(db, contractId),
  };
}
