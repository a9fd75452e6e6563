import { z } from 'zod';
import { ListQuery, pageOf } from '../../http/pagination.ts';

export const NotificationIdParams = z.object({ id: z.coerce.number().int().positive() });

export const NotificationListQuery = ListQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('`true`: unread notifications only'),
});

export const NotificationSchema = z.object({
  id: z.number(),
  kind: z.string().describe('What happened, e.g. `task.due`'),
  title: z.string().describe('The message, rendered in the request’s language'),
  params: z.record(z.string(), z.unknown()).describe('The values the title was rendered from'),
  link: z
    .object({ object: z.string(), recordId: z.number() })
    .nullable()
    .describe('The record the notification is about, or null'),
  actor: z
    .object({ id: z.number(), name: z.string() })
    .nullable()
    .describe('Who caused it; null for the system'),
  createdAt: z.string(),
  readAt: z.string().nullable().describe('Null while unread'),
});
export type NotificationOutput = z.infer<typeof NotificationSchema>;

export const NotificationPage = pageOf(NotificationSchema);

export const UnreadCountResponse = z.object({ count: z.number().int() });

export const ReadAllResponse = z.object({ updated: z.number().int().describe('How many were unread') });
