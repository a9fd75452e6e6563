import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { recordContext } from '../../records/record-context.ts';
import { opportunityStageHistory } from './stage-history.query.ts';
import { OpportunityIdParams, StageHistorySchema } from './stage-history.schemas.ts';

/** The stage history of one opportunity (append-only; written by every stage change). */
export async function stageHistoryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/opportunities/:id/stage-history',
    {
      config: { access: can('opportunity', 'read') },
      schema: {
        tags: ['opportunities'],
        summary: 'Stage changes of an opportunity, oldest first: from, to, when, who, amount at the time',
        params: OpportunityIdParams,
        response: { 200: StageHistorySchema },
      },
    },
    async (request) => {
      const context = await recordContext(database, 'opportunity', viewerOf(request));
      return opportunityStageHistory(context, request.params.id);
    },
  );
}
