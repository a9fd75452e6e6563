import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SIGNED_IN, viewerOf } from '../../http/access.ts';
import { readTimeline } from './timeline.query.ts';
import { TimelinePage, TimelineQuery } from './timeline.schemas.ts';

/** The timeline of an account, contact, opportunity or lead (C-1). */
export async function timelineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/timeline',
    {
      // The anchor object is a query parameter: its read permission is checked with the record.
      config: { access: SIGNED_IN },
      schema: {
        tags: ['timeline'],
        summary:
          'What happened around a record, newest first: writes of the record and of every record linked to it, only those the caller may read',
        querystring: TimelineQuery,
        response: { 200: TimelinePage },
      },
    },
    async (request) => readTimeline(database, viewerOf(request), request.query),
  );
}
