import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { handOverRecords } from './hand-over-records.command.ts';
import {
  HandoverBody,
  HandoverPreviewQuery,
  HandoverPreviewSchema,
  HandoverResultSchema,
} from './handover.schemas.ts';
import { handoverPreview } from './handover-preview.query.ts';

/** Handover (C-6): move every record a user owns to another user, with a preview of the counts. */
export async function handoverRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['handovers'];
  // Which objects a caller may hand over depends on the objects asked for: checked per object inside.
  const access = SIGNED_IN;

  app.get(
    '/handovers/preview',
    {
      config: { access },
      schema: {
        tags,
        summary: 'How many records of a user a handover would move, per object',
        description: 'Needs `assign` with scope `all` on each object (admins hold it on all).',
        querystring: HandoverPreviewQuery,
        response: { 200: HandoverPreviewSchema },
      },
    },
    async (request) => handoverPreview(database, viewerOf(request), request.query),
  );

  app.post(
    '/handovers',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Hand every record of a user over to another user, in one step',
        description:
          'Needs `assign` with scope `all` on each object handed over. One transaction: owner history per record, one audit entry with the counts, a notification to the receiver.',
        body: HandoverBody,
        response: { 200: HandoverResultSchema },
      },
    },
    async (request) => handOverRecords(database, viewerOf(request), actorOf(request), request.body),
  );
}
