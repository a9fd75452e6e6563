import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { stageAdvanceRefusal } from '../follow-up-rules/follow-up-rules.behaviour.ts';
import { selectLiveStages } from '../pipeline/pipeline.repository.ts';
import { systemContextIn } from './contexts-in.ts';
import { loadRecord, type RecordSnapshot } from './record-rows.ts';

/**
 * A signed contract wins its opportunity: an opportunity still open moves to its pipeline's won stage, as
 * the signer (stage history, closing date and the kanban totals follow from the opportunity's own
 * behaviour). An opportunity already closed is left as it is, and so is one the follow-up rule (P-7) holds
 * back: the contract is signed either way, and the owner wins the opportunity once the follow-up is logged.
 */
export async function winSignedOpportunity(
  trx: Transaction<DB>,
  base: RecordContext,
  actor: Viewer,
  contract: RecordSnapshot,
): Promise<void> {
  if (contract.values.opportunity == null) return;
  const opportunities = await systemContextIn(trx, base, 'opportunity', actor);
  const opportunity = await loadRecord(trx, opportunities, Number(contract.values.opportunity));
  if (opportunity?.values.status !== 'open' || opportunity.values.pipeline == null) return;
  const stages = await selectLiveStages(trx, [Number(opportunity.values.pipeline)]);
  const won = stages.find((stage) => stage.kind === 'won');
  const from = opportunity.values.stage == null ? null : Number(opportunity.values.stage);
  if (!won || (await stageAdvanceRefusal(trx, opportunity.id, from, won.id))) return;
  await updateRecordIn(trx, opportunities, opportunity.id, opportunity.version, { stage: won.id });
}
