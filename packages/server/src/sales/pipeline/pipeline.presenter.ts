import type { PipelineRow, StageRow } from './pipeline.repository.ts';
import type { PipelineOutput, StageOutput } from './pipeline.schemas.ts';

/** The API shape of a stage. */
export function presentStage(stage: StageRow, inUse: ReadonlySet<number>): StageOutput {
  return {
    id: stage.id,
    version: stage.version,
    name: stage.name,
    position: stage.position,
    kind: stage.kind,
    probability: stage.probability,
    targetConversion: stage.targetConversion,
    expectedDaysMin: stage.expectedDaysMin,
    expectedDaysMax: stage.expectedDaysMax,
    inUse: inUse.has(stage.id),
  };
}

/** The API shape of a pipeline with its stages in order. */
export function presentPipeline(
  pipeline: PipelineRow,
  stages: StageRow[],
  inUse: ReadonlySet<number>,
): PipelineOutput {
  return {
    id: pipeline.id,
    version: pipeline.version,
    name: pipeline.name,
    description: pipeline.description,
    isDefault: pipeline.isDefault,
    active: pipeline.active,
    stages: stages
      .filter((stage) => stage.pipelineId === pipeline.id)
      .map((stage) => presentStage(stage, inUse)),
  };
}
