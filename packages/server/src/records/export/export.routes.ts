import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canOnObject, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { recordContext } from '../record-context.ts';
import { RecordFieldsParam, RecordObjectParams } from '../records.schemas.ts';
import { prepareExport } from './export-records.query.ts';

/** `?format=&filter=&sort=&q=&fields=` of an export: the list's query without pagination. */
export const ExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  filter: z.string().max(20_000).optional().describe('URL-encoded JSON condition'),
  sort: z.string().max(500).optional().describe('Comma-separated field names, `-` for descending'),
  q: z.string().max(200).optional().describe('Case-insensitive search over text-like fields'),
  fields: RecordFieldsParam,
});

/** Export of an object's list to Excel or CSV, streamed. */
export async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/objects/:object/records/export',
    {
      config: { access: canOnObject('export') },
      schema: {
        tags: ['records'],
        summary: 'Download every matching record as xlsx or CSV (UTF-8 with BOM), as the viewer may see them',
        params: RecordObjectParams,
        querystring: ExportQuery,
        response: { 200: z.unknown().describe('The file: xlsx or CSV (UTF-8 with BOM)') },
      },
    },
    async (request, reply) => {
      const context = await recordContext(database, request.params.object, viewerOf(request));
      const prepared = await prepareExport(context, actorOf(request), request.locale, request.query);
      const out = new PassThrough();
      prepared.writeTo(out).catch((error: unknown) => {
        request.log.error({ err: error }, 'export failed');
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .header('content-type', prepared.contentType)
        .header('content-disposition', `attachment; filename="${prepared.fileName}"`)
        .header('cache-control', 'no-store')
        .send(out);
    },
  );
}
