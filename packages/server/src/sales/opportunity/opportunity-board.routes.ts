import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { recordContext } from '../../records/record-context.ts';
import { opportunityBoard, opportunityBoardColumn } from './opportunity-board.query.ts';
import {
  BoardColumnPage,
  BoardColumnParams,
  BoardColumnQuery,
  BoardParams,
  BoardQuery,
  BoardSchema,
} from './opportunity-board.schemas.ts';

/** The kanban of a pipeline's opportunities; moving a card is a PATCH of the opportunity's `stage`. */
export async function opportunityBoardRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['opportunities'];

  app.get(
    '/pipelines/:id/board',
    {
      config: { access: can('opportunity', 'read') },
      schema: {
        tags,
        summary: 'Kanban of a pipeline: per open stage, count, amount and the first cards',
        description:
          'Only opportunities the caller may read; `q` and `filter` as in the opportunity list. ' +
          'Further cards of a column: `/pipelines/{id}/board/stages/{stageId}?cursor=`.',
        params: BoardParams,
        querystring: BoardQuery,
        response: { 200: BoardSchema },
      },
    },
    async (request) => {
      const context = await recordContext(database, 'opportunity', viewerOf(request));
      return opportunityBoard(context, request.params.id, request.query);
    },
  );

  app.get(
    '/pipelines/:id/board/stages/:stageId',
    {
      config: { access: can('opportunity', 'read') },
      schema: {
        tags,
        summary: 'One page of cards of a kanban column (keyset)',
        params: BoardColumnParams,
        querystring: BoardColumnQuery,
        response: { 200: BoardColumnPage },
      },
    },
    async (request) => {
      const context = await recordContext(database, 'opportunity', viewerOf(request));
      return opportunityBoardColumn(context, request.params.id, request.params.stageId, request.query);
    },
  );
}
