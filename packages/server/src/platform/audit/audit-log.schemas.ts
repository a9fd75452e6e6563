import { z } from 'zod';
import { ListQuery, pageOf } from '../../http/pagination.ts';

export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z
    .object({ id: z.number(), name: z.string() })
    .nullable()
    .describe('The user who acted; null for the system'),
  apiKeyId: z.number().nullable().describe('Set when the user acted through an API key'),
  action: z.string().describe('create, update, delete, login, reset_password, revoke, …'),
  entityType: z.string().describe('user, department, role, setting, apiKey, …'),
  entityId: z.string().nullable(),
  changes: z
    .record(z.string(), z.array(z.unknown()).describe('[old, new]'))
    .nullable()
    .describe('Changed fields as field → [old, new]; secrets show as "***"'),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntryOutput = z.infer<typeof AuditEntrySchema>;

const Instant = z.iso.datetime({ offset: true });

export const AuditListQuery = ListQuery.extend({
  entityType: z.string().trim().min(1).max(50).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().min(1).max(50).optional(),
  from: Instant.optional().describe('Entries at or after this instant (ISO 8601 with offset)'),
  to: Instant.optional().describe('Entries before this instant (ISO 8601 with offset)'),
});
export type AuditListFilters = z.infer<typeof AuditListQuery>;

export const AuditPage = pageOf(AuditEntrySchema);
