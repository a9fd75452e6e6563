import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canOnObject, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { CHECKED_AGAINST } from './duplicate-objects.ts';
import {
  CheckDuplicatesBody,
  DuplicateCandidatesResponse,
  DuplicatesOfRecordParams,
} from './duplicates.schemas.ts';
import { duplicatesOfRecord } from './duplicates-of-record.query.ts';
import { findDuplicateCandidates } from './find-duplicates.query.ts';

/** Duplicate detection: check values before a create, list the duplicates of an existing record. */
export async function duplicatesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['duplicates'];

  app.post(
    '/duplicates/check',
    {
      // Each checked object is filtered by the viewer's read scope inside the query.
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary:
          'Records that may be the same company or person as the given values (a warning, not a block)',
        description:
          'A lead is checked against leads, accounts and contacts; an account against accounts; a contact against contacts. Only records the caller may read are returned.',
        body: CheckDuplicatesBody,
        response: { 200: DuplicateCandidatesResponse },
      },
    },
    async (request) => {
      const { object, values, excludeId } = request.body;
      const items = await findDuplicateCandidates(database, viewerOf(request), {
        object,
        values,
        targets: CHECKED_AGAINST[object],
        ...(excludeId !== undefined ? { excludeId } : {}),
      });
      return { items };
    },
  );

  app.get(
    '/duplicates/:object/:id',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'Records of the same object that may be duplicates of this one',
        params: DuplicatesOfRecordParams,
        response: { 200: DuplicateCandidatesResponse },
      },
    },
    async (request) => ({
      items: await duplicatesOfRecord(database, viewerOf(request), request.params.object, request.params.id),
    }),
  );
}
