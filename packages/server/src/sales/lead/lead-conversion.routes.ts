import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, viewerOf } from '../../http/access.ts';
import { conversionPreview } from './conversion-preview.query.ts';
import { convertLead } from './convert-lead.command.ts';
import {
  ConversionPreviewSchema,
  ConversionResultSchema,
  ConvertLeadBody,
  LeadIdParams,
} from './lead-conversion.schemas.ts';

/** Lead conversion (L-3): the preview with duplicate candidates, and the conversion itself. */
export async function leadConversionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['leads'];

  app.get(
    '/leads/:id/conversion',
    {
      config: { access: can('lead', 'update') },
      schema: {
        tags,
        summary: 'What converting the lead would merge into: accounts and contacts that may be the same',
        params: LeadIdParams,
        response: { 200: ConversionPreviewSchema },
      },
    },
    async (request) => conversionPreview(database, viewerOf(request), request.params.id),
  );

  app.post(
    '/leads/:id/convert',
    {
      config: { access: can('lead', 'update') },
      schema: {
        tags,
        summary: 'Convert the lead into an account, a contact and optionally an opportunity, in one step',
        description:
          'Needs update on the lead and create on each record created; existing accounts and contacts must be within the caller’s scope. 409 when the lead is already converted; nothing changes on any error.',
        params: LeadIdParams,
        body: ConvertLeadBody,
        response: { 200: ConversionResultSchema },
      },
    },
    async (request) => convertLead(database, viewerOf(request), request.params.id, request.body),
  );
}
