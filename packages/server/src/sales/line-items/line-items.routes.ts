import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canOnObject, viewerOf } from '../../http/access.ts';
import { recordContext } from '../../records/record-context.ts';
import { LineItemParams, LineItemsSchema, ReplaceLineItemsBody } from './line-items.schemas.ts';
import { listLineItems } from './list-line-items.query.ts';
import { replaceLineItems } from './replace-line-items.command.ts';
import { loadSalesContexts } from './sales-contexts.ts';

/** The priced lines of opportunities, quotes and contracts, read and replaced as a whole. */
export async function lineItemsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['line items'];
  const contextOf = (request: FastifyRequest, object: string) =>
    recordContext(database, object, viewerOf(request));

  app.get(
    '/objects/:object/records/:id/lines',
    {
      config: { access: canOnObject('read') },
      schema: {
        tags,
        summary: 'The lines of a record (opportunity, quote, contract) with their totals',
        params: LineItemParams,
        response: { 200: LineItemsSchema },
      },
    },
    async (request) => listLineItems(await contextOf(request, request.params.object), request.params.id),
  );

  app.put(
    '/objects/:object/records/:id/lines',
    {
      config: { access: canOnObject('update') },
      schema: {
        tags,
        summary:
          'Replace every line of a record in one transaction; amounts are computed exactly on the server and the record’s totals follow',
        params: LineItemParams,
        body: ReplaceLineItemsBody,
        response: { 200: LineItemsSchema },
      },
    },
    async (request) =>
      replaceLineItems({
        contexts: await loadSalesContexts(database, viewerOf(request)),
        object: (await contextOf(request, request.params.object)).object.apiName,
        recordId: request.params.id,
        lines: request.body.lines,
        ...(request.body.version !== undefined ? { version: request.body.version } : {}),
      }),
  );
}
