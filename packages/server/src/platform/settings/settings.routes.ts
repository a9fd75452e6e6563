import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN } from '../../http/access.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { readSettings } from './settings.repository.ts';
import { SettingsSchema, UpdateSettingsBody } from './settings.schemas.ts';
import { updateSettings } from './update-settings.command.ts';

/** Company and locale settings. */
export async function settingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const db = database.db;

  app.get(
    '/settings',
    {
      config: { access: can('setting', 'read') },
      schema: {
        tags: ['settings'],
        summary: 'Company and locale settings (defaults filled in)',
        response: { 200: SettingsSchema },
      },
    },
    async () => readSettings(db),
  );

  app.get(
    '/settings/public',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['settings'],
        summary: 'The settings every signed-in user may read: company profile and locale defaults',
        response: { 200: SettingsSchema },
      },
    },
    async () => readSettings(db),
  );

  app.patch(
    '/settings',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags: ['settings'],
        summary: 'Change some company or locale settings (audited)',
        body: UpdateSettingsBody,
        response: { 200: SettingsSchema },
      },
    },
    async (request) => updateSettings(database, { actor: actorOf(request), changes: request.body }),
  );
}
