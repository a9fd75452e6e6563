import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, viewerOf } from '../../http/access.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { viewerScope } from '../permissions/data-scope.ts';
import { presentAuditEntry } from './audit-entry.presenter.ts';
import { listAuditEntries } from './audit-log.repository.ts';
import { AuditListQuery, AuditPage } from './audit-log.schemas.ts';

const AuditCursor = z.tuple([z.number().int()]);

/** Reading the audit log (who changed what, when, old → new). */
export async function auditLogRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = fastify.ctx.database.db;

  app.get(
    '/audit-log',
    {
      config: { access: can('auditLog', 'read') },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first, filtered by entity, actor, action and time',
        querystring: AuditListQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      const { cursor, limit, from, to, ...filters } = request.query;
      const rows = await listAuditEntries(db, {
        ...filters,
        // Scope `own` on the audit log means the entries of one's own actions.
        scope: viewerScope(viewerOf(request), 'auditLog', 'read', 'audit_log.actor_user_id'),
        from: from ? new Date(from).toISOString() : undefined,
        to: to ? new Date(to).toISOString() : undefined,
        beforeId: cursor ? decodeCursor(cursor, AuditCursor)[0] : undefined,
        limit,
      });
      return toPage(rows, limit, (row) => [row.id], presentAuditEntry);
    },
  );
}
