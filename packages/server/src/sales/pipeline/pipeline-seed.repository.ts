import type { Transaction } from 'kysely';
import { runtimeTables as records } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';
import type { StageDeclaration } from './default-pipeline.ts';
import { PIPELINE_TABLE, STAGE_TABLE } from './pipeline.repository.ts';

/**
 * Inserts a default pipeline and its stages (positions 1…n) as system rows: no owner, no creator. Only for
 * seeding a database nobody works in yet; everything else writes through the records engine.
 */
export async function insertPipelineRows(
  trx: Transaction<DB>,
  pipeline: { name: string; description: string; stages: StageDeclaration[] },
  now: string,
): Promise<number> {
  const system = {
    version: 1,
    owner_id: null,
    created_by: null,
    updated_by: null,
    created_at: now,
    updated_at: now,
  };
  const created = await records(trx)
    .insertInto(PIPELINE_TABLE)
    .values({
      ...system,
      name: pipeline.name,
      description: pipeline.description,
      is_default: true,
      active: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pipelineId = Number(created.id);
  await records(trx)
    .insertInto(STAGE_TABLE)
    .values(
      pipeline.stages.map((stage, index) => ({
        ...system,
        pipeline_id: pipelineId,
        name: stage.name,
        position: index + 1,
        probability: stage.probability,
        target_conversion: stage.targetConversion,
        expected_days_min: stage.expectedDaysMin,
        expected_days_max: stage.expectedDaysMax,
        kind: stage.kind,
      })),
    )
    .execute();
  return pipelineId;
}
