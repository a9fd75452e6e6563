import { Decimal } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { getRecord } from '../../records/get-record.query.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { selectStageHistory, selectStageNames } from './stage-history.repository.ts';
import type { StageHistoryOutput } from './stage-history.schemas.ts';

/**
 * The stage history of an opportunity the viewer may read (404 otherwise, like the record itself), oldest
 * first, with stage and actor names.
 */
export async function opportunityStageHistory(
  context: RecordContext,
  id: number,
): Promise<StageHistoryOutput> {
  await getRecord(context, id, 'name');
  const db: Kysely<DB> = context.database.db;
  const rows = await selectStageHistory(db, id);
  const stageIds = rows.flatMap((row) =>
    row.from_stage_id === null ? [row.to_stage_id] : [row.from_stage_id, row.to_stage_id],
  );
  const names = await selectStageNames(db, stageIds);
  const stage = (stageId: number) => ({ id: stageId, name: names.get(stageId) ?? '' });
  return {
    items: rows.map((row) => ({
      id: row.id,
      fromStage: row.from_stage_id === null ? null : stage(row.from_stage_id),
      toStage: stage(row.to_stage_id),
      pipelineId: row.pipeline_id,
      at: row.at,
      actor: row.actor_user_id === null ? null : { id: row.actor_user_id, name: row.actor_name ?? '' },
      ownerId: row.owner_id,
      amount: row.amount === null ? null : Decimal.fromUnits(BigInt(row.amount), 2).toString(),
      daysInFromStage:
        row.seconds_in_from_stage === null ? null : Math.round(Number(row.seconds_in_from_stage) / 8640) / 10,
    })),
  };
}
