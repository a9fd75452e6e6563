import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, SIGNED_IN, viewerOf } from '../../http/access.ts';
import { actorOf } from '../auth/auth.routes.ts';
import { businessCalendar } from './business-calendar.repository.ts';
import { BusinessCalendarSchema, UpdateBusinessCalendarBody } from './business-calendar.schemas.ts';

const tags = ['settings'];

/** Working hours and the holiday calendar that business-time clocks (first-response SLAs) count in. */
export async function businessCalendarRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;

  app.get(
    '/business-calendar',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Working days and hours, public holidays and adjusted working days',
        response: { 200: BusinessCalendarSchema },
      },
    },
    async () => businessCalendar.read(database.db),
  );

  app.patch(
    '/business-calendar',
    {
      config: { access: can('setting', 'update') },
      schema: {
        tags,
        summary: 'Change the business calendar (audited); each list given replaces the stored one',
        body: UpdateBusinessCalendarBody,
        response: { 200: BusinessCalendarSchema },
      },
    },
    async (request) =>
      businessCalendar.update(
        database,
        { ...actorOf(request), userId: viewerOf(request).userId },
        request.body,
      ),
  );
}
