import type { Database } from '../../db/database.ts';
import { forbidden } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { recordContext } from '../../records/record-context.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { selectLiveStages } from './pipeline.repository.ts';
import type { StageInputValue } from './pipeline.schemas.ts';
import { writeStageSet } from './save-stage-set.command.ts';
import { stageSetProblem } from './stage-set-rules.ts';
import { deferStageSetRules } from './stage-set-save.ts';

export interface CreatePipelineProps {
  database: Database;
  viewer: Viewer;
  name: string;
  description?: string | null | undefined;
  isDefault?: boolean | undefined;
  active?: boolean | undefined;
  stages: StageInputValue[];
}

/**
 * Creates a pipeline with its whole stage list in one transaction (a pipeline is never seen without its
 * won, lost and open stages this way); making it the default unmarks the previous default. Returns its id.
 */
export async function createPipeline(props: CreatePipelineProps): Promise<number> {
  const { database, viewer } = props;
  if (!viewer.permissions.can('pipelineStage', 'create')) throw forbidden();
  const problem = stageSetProblem(
    props.stages.map((stage, index) => ({ id: null, position: index + 1, kind: stage.kind })),
  );
  if (problem) throw problem;
  const pipelines = await recordContext(database, 'pipeline', viewer);
  const stages = await recordContext(database, 'pipelineStage', viewer);
  deferStageSetRules(stages);
  return inRecordTransaction(database, async (trx) => {
    const pipeline = await createRecordIn(trx, pipelines, {
      name: props.name,
      description: props.description ?? null,
      ...(props.isDefault === undefined ? {} : { isDefault: props.isDefault }),
      ...(props.active === undefined ? {} : { active: props.active }),
    });
    await writeStageSet(
      trx,
      stages,
      pipeline.id,
      props.stages.map(({ id: _id, version: _version, ...stage }) => stage),
    );
    const savedProblem = stageSetProblem(await selectLiveStages(trx, [pipeline.id]));
    if (savedProblem) throw savedProblem;
    return pipeline.id;
  });
}
