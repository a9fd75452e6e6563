import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { presentPipeline } from './pipeline.presenter.ts';
import {
  selectLivePipeline,
  selectLivePipelines,
  selectLiveStages,
  selectStagesInUse,
} from './pipeline.repository.ts';
import type { PipelineOutput } from './pipeline.schemas.ts';

/** Every live pipeline with its stages, the default first: three statements whatever the count. */
export async function listPipelines(db: Kysely<DB>): Promise<PipelineOutput[]> {
  const pipelines = await selectLivePipelines(db);
  const stages = await selectLiveStages(
    db,
    pipelines.map((pipeline) => pipeline.id),
  );
  const inUse = await selectStagesInUse(
    db,
    stages.map((stage) => stage.id),
  );
  return pipelines.map((pipeline) => presentPipeline(pipeline, stages, inUse));
}

/** One live pipeline with its stages, or a 404. */
export async function getPipeline(db: Kysely<DB>, id: number): Promise<PipelineOutput> {
  const pipeline = await selectLivePipeline(db, id);
  if (!pipeline) throw notFound('pipeline.not_found');
  const stages = await selectLiveStages(db, [id]);
  const inUse = await selectStagesInUse(
    db,
    stages.map((stage) => stage.id),
  );
  return presentPipeline(pipeline, stages, inUse);
}
