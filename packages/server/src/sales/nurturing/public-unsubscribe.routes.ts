import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../http/access.ts';
import { readUnsubscribeToken, signingKey } from '../email/unsubscribe-token.ts';
import { unsubscribeLead, unsubscribeStanding } from './unsubscribe.command.ts';
import { unsubscribePage } from './unsubscribe-page.ts';

const TokenParams = z.object({ token: z.string().max(200) });

/**
 * The public unsubscribe page every email links to (no sign-in; the token is the lead's signed id and the
 * language of its email). GET shows the page with a confirm button; POST records the opt-out — from that
 * button, or from a mail client's one-click request (`List-Unsubscribe=One-Click`, RFC 8058).
 */
export async function publicUnsubscribeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database } = fastify.ctx;
  const tags = ['nurturing'];

  // The confirm button and one-click requests post form-encoded bodies.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  const html = (reply: FastifyReply, status: number, page: string) =>
    reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);

  app.get(
    '/public/unsubscribe/:token',
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: 'The unsubscribe page of an email (HTML), in the language of the email',
        description: 'Shows a confirm button; nothing is recorded until it is pressed. 404 for a bad link.',
        params: TokenParams,
      },
    },
    async (request, reply) => {
      const link = readUnsubscribeToken(await signingKey(database.db), request.params.token);
      const standing = link ? await unsubscribeStanding(database, link.leadId) : null;
      if (!link || !standing)
        return html(reply, 404, unsubscribePage(link?.language ?? 'zh-CN', { kind: 'invalid' }));
      if (standing.optedOut) return html(reply, 200, unsubscribePage(link.language, { kind: 'done' }));
      return html(reply, 200, unsubscribePage(link.language, { kind: 'ask', email: standing.email }));
    },
  );

  app.post(
    '/public/unsubscribe/:token',
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: 'Unsubscribe: the confirm button of the page, or a mail client’s one-click request',
        description:
          'Form-encoded (`confirm=1`, or `List-Unsubscribe=One-Click`); answers the confirmation page. The lead and its address are never emailed again. 404 for a bad link.',
        params: TokenParams,
      },
    },
    async (request, reply) => {
      const link = readUnsubscribeToken(await signingKey(database.db), request.params.token);
      const standing = link ? await unsubscribeStanding(database, link.leadId) : null;
      if (!link || !standing)
        return html(reply, 404, unsubscribePage(link?.language ?? 'zh-CN', { kind: 'invalid' }));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const oneClick = body['List-Unsubscribe'] === 'One-Click';
      await unsubscribeLead(database, {
        leadId: link.leadId,
        language: link.language,
        source: oneClick ? 'oneClick' : 'link',
      });
      return html(reply, 200, unsubscribePage(link.language, { kind: 'done' }));
    },
  );
}
