import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../../platform/auth/auth.routes.ts';
import { quoteSettings, readQuoteSettings } from './quote-settings.repository.ts';
import { QuoteSettingsSchema, UpdateQuoteSettingsBody } from './quote-settings.schemas.ts';

/** The company's quote rules: read by everyone (the quote page explains them), changed by settings admins. */
export async function quoteSettingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/quote-settings',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['quotes'],
        summary: 'The discount approval threshold and the default validity of quotes',
        response: { 200: QuoteSettingsSchema },
      },
    },
    async () => readQuoteSettings(database.db),
  );

  app.patch(
    '/quote-settings',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags: ['quotes'],
        summary: 'Change the quote rules (audited)',
        body: UpdateQuoteSettingsBody,
        response: { 200: QuoteSettingsSchema },
      },
    },
    async (request) =>
      quoteSettings.update(database, { ...actorOf(request), userId: viewerOf(request).userId }, request.body),
  );
}
