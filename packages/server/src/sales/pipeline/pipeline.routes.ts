import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { createPipeline } from './create-pipeline.command.ts';
import { getPipeline, listPipelines } from './list-pipelines.query.ts';
import { presentStage } from './pipeline.presenter.ts';
import { selectStagesInUse } from './pipeline.repository.ts';
import {
  CreatePipelineBody,
  PipelineIdParams,
  PipelineListSchema,
  PipelineSchema,
  SaveStagesBody,
  StageListSchema,
} from './pipeline.schemas.ts';
import { saveStageSet } from './save-stage-set.command.ts';

/**
 * Pipelines with their stages in one shape, for the kanban's switcher, the reports' filters and the
 * settings page. The records API (`/objects/pipeline/records`, `/objects/pipelineStage/records`) serves the
 * same records one by one, with the same rules.
 */
export async function pipelineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['pipelines'];

  app.get(
    '/pipelines',
    {
      config: { access: can('pipeline', 'read') },
      schema: {
        tags,
        summary: 'Live pipelines with their stages in order, the default first',
        response: { 200: PipelineListSchema },
      },
    },
    async () => ({ items: await listPipelines(database.db) }),
  );

  app.post(
    '/pipelines',
    {
      config: { access: can('pipeline', 'create') },
      schema: {
        tags,
        summary: 'Create a pipeline with its stages (one won, at least one lost and one open)',
        body: CreatePipelineBody,
        response: { 201: PipelineSchema },
      },
    },
    async (request, reply) => {
      const id = await createPipeline({ database, viewer: viewerOf(request), ...request.body });
      return reply.status(201).send(await getPipeline(database.db, id));
    },
  );

  app.get(
    '/pipelines/:id',
    {
      config: { access: can('pipeline', 'read') },
      schema: {
        tags,
        summary: 'One pipeline with its stages',
        params: PipelineIdParams,
        response: { 200: PipelineSchema },
      },
    },
    async (request) => getPipeline(database.db, request.params.id),
  );

  app.get(
    '/pipelines/:id/stages',
    {
      config: { access: can('pipelineStage', 'read') },
      schema: {
        tags,
        summary: 'The stages of a pipeline in order',
        params: PipelineIdParams,
        response: { 200: StageListSchema },
      },
    },
    async (request) => ({ items: (await getPipeline(database.db, request.params.id)).stages }),
  );

  app.put(
    '/pipelines/:id/stages',
    {
      config: { access: can('pipelineStage', 'update') },
      schema: {
        tags,
        summary: 'Save every stage of a pipeline at once: order, names, kinds, probabilities, expected days',
        description:
          'Stages left out are removed (409 when an opportunity uses one), new ones (without `id`) created. ' +
          'All or nothing; 409 when a stage changed since it was read.',
        params: PipelineIdParams,
        body: SaveStagesBody,
        response: { 200: StageListSchema },
      },
    },
    async (request) => {
      const saved = await saveStageSet({
        database,
        viewer: viewerOf(request),
        pipelineId: request.params.id,
        stages: request.body.stages,
      });
      const inUse = await selectStagesInUse(
        database.db,
        saved.map((stage) => stage.id),
      );
      return { items: saved.map((stage) => presentStage(stage, inUse)) };
    },
  );
}
