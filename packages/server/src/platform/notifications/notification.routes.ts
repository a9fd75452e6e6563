import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SIGNED_IN, viewerOf } from '../../http/access.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import './built-in-kinds.ts';
import { markEveryNotificationRead } from './mark-all-notifications-read.command.ts';
import { markOneNotificationRead } from './mark-notification-read.command.ts';
import { presentNotification } from './notification.presenter.ts';
import { countUnreadNotifications, listNotificationViews } from './notification.repository.ts';
import {
  NotificationIdParams,
  NotificationListQuery,
  NotificationPage,
  ReadAllResponse,
  UnreadCountResponse,
} from './notification.schemas.ts';

const NotificationCursor = z.tuple([z.number().int()]);

/** The signed-in user's own notifications: list, unread count, mark read. */
export async function notificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = fastify.ctx.database.db;

  app.get(
    '/notifications',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['notifications'],
        summary: 'The caller’s notifications, newest first',
        querystring: NotificationListQuery,
        response: { 200: NotificationPage },
      },
    },
    async (request) => {
      const { cursor, limit, unread } = request.query;
      const rows = await listNotificationViews(db, {
        userId: viewerOf(request).userId,
        unreadOnly: unread,
        beforeId: cursor ? decodeCursor(cursor, NotificationCursor)[0] : undefined,
        limit,
      });
      return toPage(
        rows,
        limit,
        (row) => [row.id],
        (row) => presentNotification(row, request.locale),
      );
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['notifications'],
        summary: 'How many of the caller’s notifications are unread (cheap enough to poll)',
        response: { 200: UnreadCountResponse },
      },
    },
    async (request) => ({ count: await countUnreadNotifications(db, viewerOf(request).userId) }),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['notifications'],
        summary: 'Mark all of the caller’s notifications read',
        response: { 200: ReadAllResponse },
      },
    },
    async (request) => ({ updated: await markEveryNotificationRead(db, viewerOf(request).userId) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of the caller’s notifications read (idempotent); another user’s is a 404',
        params: NotificationIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await markOneNotificationRead(db, {
        userId: viewerOf(request).userId,
        notificationId: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );
}
