import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { leadResponseSettings } from './lead-response.repository.ts';
import {
  LeadResponseReportQuery,
  LeadResponseReportSchema,
  LeadResponseSettingsSchema,
  UpdateLeadResponseSettingsBody,
} from './lead-response.schemas.ts';
import { leadResponseReport } from './lead-response-report.query.ts';

const tags = ['leads'];

/** The company-wide first-response target of new leads and the report. */
export async function leadResponseRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/lead-response-settings',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'The company-wide first-response target: for leads no rule set assigned',
        description: 'Leads a rule set assigns follow that set’s `firstResponse` instead.',
        response: { 200: LeadResponseSettingsSchema },
      },
    },
    async () => leadResponseSettings.read(database.db),
  );

  app.patch(
    '/lead-response-settings',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary:
          'Change the company-wide first-response target (audited); it applies to clocks started from then on',
        description: 'Leads a rule set assigns follow that set’s `firstResponse` instead.',
        body: UpdateLeadResponseSettingsBody,
        response: { 200: LeadResponseSettingsSchema },
      },
    },
    async (request) =>
      leadResponseSettings.update(
        database,
        { ...actorOf(request), userId: viewerOf(request).userId },
        request.body,
      ),
  );

  app.get(
    '/reports/lead-response',
    {
      config: { access: can('lead', 'read') },
      schema: {
        tags,
        summary:
          'Share of leads answered within the target, median and p90 response time, by owner, department, source or week',
        querystring: LeadResponseReportQuery,
        response: { 200: LeadResponseReportSchema },
      },
    },
    async (request) => leadResponseReport(database, viewerOf(request), request.query),
  );
}
