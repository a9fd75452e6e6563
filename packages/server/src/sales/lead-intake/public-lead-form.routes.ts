import { pickLocale } from '@lodestar/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { PUBLIC } from '../../http/access.ts';
import { rateLimiterFor } from '../../platform/rate-limits/rate-limiter.ts';
import { EMBED_SCRIPT } from './embed-script.ts';
import { findLeadFormByToken, type LeadForm } from './lead-form.repository.ts';
import { originAllowed } from './lead-form-origins.ts';
import { type SubmissionBody, submitLeadForm } from './submit-lead-form.command.ts';
import './lead-intake.messages.ts';

const TokenParams = z.object({ token: z.string().max(100) });

const SubmissionAnswer = z.object({
  ok: z.literal(true),
  message: z.string().describe('The form’s thank-you text, in the form’s language'),
});

/** Form-encoded bodies as plain objects: a repeated key becomes an array. */
function parseFormEncoded(text: string): SubmissionBody {
  const body: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = body[key];
    if (existing === undefined) body[key] = value;
    else body[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return body;
}

/**
 * The public side of web-to-lead forms: the embed script, and the submission endpoint with its CORS
 * preflight. Everything here is public (no sign-in); a submission is guarded by, in this order: per-address
 * and per-form rate limits (429 with Retry-After, before anything is read), the form's token (404) and
 * active flag (403), the form's allowed origins (403, and CORS headers only for them), the body size (413),
 * then the honeypot and the field rules of `submitLeadForm`.
 */
export async function publicLeadFormRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { database, config } = fastify.ctx;
  const limits = config.leadForms;
  const windowMs = limits.windowSeconds * 1000;
  const perIp = rateLimiterFor(database, 'leadForm.ip', limits.perIp, windowMs);
  const perToken = rateLimiterFor(database, 'leadForm.token', limits.perToken, windowMs);
  const formOfRequest = new WeakMap<FastifyRequest, LeadForm>();
  const tags = ['lead capture'];

  // Submissions come form-encoded or as JSON; anything else (text/plain included) is a 415.
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: limits.bodyLimit },
    (_request, body, done) => done(null, parseFormEncoded(String(body))),
  );

  const selfOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  /** Finds the active form of the path's token and checks the caller's origin; sets the CORS headers. */
  async function admitForm(request: FastifyRequest, reply: FastifyReply): Promise<LeadForm> {
    const { token } = request.params as { token?: string };
    const form = token ? await findLeadFormByToken(database.db, token) : null;
    if (!form) throw notFound('lead_form.not_found');
    request.locale = form.language;
    const origin = request.headers.origin;
    if (!originAllowed(form.allowedOrigins, origin, selfOrigin(request)))
      throw forbidden('lead_form.origin_not_allowed');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    if (origin !== undefined) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-expose-headers', 'retry-after');
      reply.header('vary', 'Origin');
    }
    if (!form.active) throw forbidden('lead_form.inactive');
    return form;
  }

  app.get(
    '/public/lead-forms/embed.js',
    {
      config: { access: PUBLIC },
      schema: { tags, summary: 'The script embedded web-to-lead forms load' },
    },
    async (_request, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('cross-origin-resource-policy', 'cross-origin')
        .send(EMBED_SCRIPT),
  );

  app.options(
    '/public/lead-forms/:token/submissions',
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: 'CORS preflight of a submission: allowed only for the form’s allowed origins',
        params: TokenParams,
      },
    },
    async (request, reply) => {
      await admitForm(request, reply);
      return reply
        .status(204)
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type, accept, accept-language')
        .header('access-control-max-age', '600')
        .send();
    },
  );

  app.post(
    '/public/lead-forms/:token/submissions',
    {
      config: { access: PUBLIC },
      bodyLimit: limits.bodyLimit,
      schema: {
        tags,
        summary: 'Submit a web-to-lead form (form-encoded or JSON); rate-limited, no sign-in',
        description:
          'Takes the form’s fields by their api names, plus `utm_source`…`utm_content`, `lf_page` (the page ' +
          'address) and `lf_referrer`. A filled honeypot field `lf_website` is answered like a success and ' +
          'stored nowhere. 400 names every field at fault; 429 carries Retry-After.',
        params: TokenParams,
        response: { 201: SubmissionAnswer },
      },
      onRequest: async (request, reply) => {
        const at = Date.now();
        const { token = '' } = request.params as { token?: string };
        const decisions = await Promise.all([perIp.hit(request.ip, at), perToken.hit(token, at)]);
        const decision = decisions.find((d) => !d.allowed);
        if (decision && !decision.allowed) {
          request.locale = pickLocale(request.headers['accept-language']);
          throw new AppError(429, 'lead_form.rate_limited', { seconds: decision.retryAfterSeconds }, [], {
            'retry-after': String(decision.retryAfterSeconds),
            // The answer may be read by the page that posted: a flood is no reason to hide why.
            ...(request.headers.origin ? { 'access-control-allow-origin': request.headers.origin } : {}),
          });
        }
        formOfRequest.set(request, await admitForm(request, reply));
      },
    },
    async (request, reply) => {
      const form = formOfRequest.get(request)!;
      const body = request.body && typeof request.body === 'object' ? (request.body as SubmissionBody) : {};
      await submitLeadForm(database, { form, body, refererHeader: request.headers.referer });
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ ok: true as const, message: form.thankYou[form.language] });
    },
  );
}
