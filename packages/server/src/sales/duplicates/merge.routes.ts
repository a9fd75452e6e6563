import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canOnObject, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import {
  MergeBody,
  MergeObjectParams,
  MergePreviewQuery,
  MergePreviewSchema,
  MergeResultSchema,
} from './merge.schemas.ts';
import { mergePreview } from './merge-preview.query.ts';
import { mergeRecords } from './merge-records.command.ts';

/** Merging duplicate accounts, contacts or leads: a side-by-side preview, then the merge. */
export async function mergeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['duplicates'];

  app.get(
    '/merges/:object/preview',
    {
      config: { access: canOnObject('update') },
      schema: {
        tags,
        summary: 'What a merge would do: the records side by side, default values, records that would move',
        params: MergeObjectParams,
        querystring: MergePreviewQuery,
        response: { 200: MergePreviewSchema },
      },
    },
    async (request) =>
      mergePreview(
        database,
        viewerOf(request),
        request.params.object,
        request.query.survivorId,
        request.query.duplicateIds,
      ),
  );

  app.post(
    '/merges/:object',
    {
      config: { access: canOnObject('update') },
      schema: {
        tags,
        summary: 'Merge duplicates into a survivor, moving every record that points at them',
        description:
          'Needs update on the survivor and delete on the duplicates, within the caller’s scope. One transaction, with field history, an audit entry and a `record.merged` event; the duplicates go to the recycle bin.',
        params: MergeObjectParams,
        body: MergeBody,
        response: { 200: MergeResultSchema },
      },
    },
    async (request) =>
      mergeRecords(database, viewerOf(request), actorOf(request), request.params.object, request.body),
  );
}
