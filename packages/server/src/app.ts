import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { DEFAULT_LOCALE } from '@lodestar/shared';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Access } from './http/access.ts';
import { HttpMetrics } from './http/metrics.ts';
import { handleError, sendProblem } from './http/problem.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { authenticateRequest } from './platform/auth/authenticate.ts';
import { SESSION_COOKIE } from './platform/auth/sessions.ts';
import { API_ROUTE_PLUGINS } from './routes.ts';

export interface AppContext {
  config: Config;
  database: Database;
  metrics: HttpMetrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** Every route as registered, with its config: what the test that enforces declared access walks. */
    registeredRoutes: readonly RouteOptions[];
  }
}

export interface BuildAppOptions {
  config: Config;
  database: Database;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
}

export const API_PREFIX = '/api/v1';

/** Writes a route's declared access into its OpenAPI operation, so integrators see what each call needs. */
function documentAccess(route: RouteOptions): void {
  const access = (route.config as { access?: Access } | undefined)?.access;
  const schema = route.schema as
    | (Record<string, unknown> & { description?: string; hide?: boolean })
    | undefined;
  if (!access || !schema || schema.hide) return;
  const note =
    'public' in access
      ? 'Access: public, no sign-in needed.'
      : 'signedIn' in access
        ? 'Access: any signed-in user or API key.'
        : 'objectPermission' in access
          ? `Access: permission \`{object}.${access.objectPermission}\` on the object of the path; the caller's data scope for it applies.`
          : `Access: permission \`${access.permission.object}.${access.permission.action}\`; the caller's data scope for it applies.`;
  route.schema = {
    ...schema,
    description: [schema.description, note].filter(Boolean).join('\n\n'),
    ...('public' in access ? { security: [] } : {}),
  };
}

/** Builds the HTTP application (not listening). Tests call this and use `app.inject()`. */
export async function buildApp({
  config,
  database,
  logger = false,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  const metrics = new HttpMetrics();
  app.decorate('ctx', { config, database, metrics });
  app.decorateRequest('viewer', null);
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('grantedScope', null);

  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API and type the handlers; checking every response against them costs
  // more than the rest of a typical request, so it is on in tests (where a mismatch fails) and off in production.
  app.setSerializerCompiler(
    config.validateResponses ? serializerCompiler : () => (data) => JSON.stringify(data),
  );
  app.setErrorHandler(handleError);

  const registeredRoutes: RouteOptions[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  // Routes of the API docs UI are public by construction; everything else must declare its access.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs'))
      route.config = { ...(route.config ?? {}), access: { public: true } as Access };
    documentAccess(route);
    registeredRoutes.push(route);
  });

  metrics.install(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  installSecurityHeaders(app, { hsts: config.secureCookies });
  await app.register(fastifyCookie);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Lodestar API',
        description:
          'REST API of Lodestar (领航) CRM. Errors are application/problem+json with a stable `code`.',
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lodestar_session' },
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'API key created under Settings → API keys',
          },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (`.meta({ id })`) become components the operations refer to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onRequest', authenticateRequest);

  await app.register(
    async (api) => {
      for (const plugin of API_ROUTE_PLUGINS) await api.register(plugin);
    },
    { prefix: API_PREFIX },
  );

  const webDir =
    config.webDir && fs.existsSync(path.join(config.webDir, 'index.html')) ? config.webDir : undefined;
  if (webDir) {
    // A visit to the start page without a session goes straight to the sign-in page: the app shell would
    // first load its code and ask who is signed in, showing only a spinner meanwhile.
    app.addHook('onRequest', async (request, reply) => {
      if (
        (request.method === 'GET' || request.method === 'HEAD') &&
        request.url === '/' &&
        !request.cookies[SESSION_COOKIE]
      )
        return reply.header('cache-control', 'no-store').redirect('/login?next=%2F', 302);
    });
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      index: ['index.html'],
      setHeaders(res, filePath) {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isApi = pathname.startsWith('/api/');
    const looksLikeFile = /\.[a-z0-9]+$/i.test(pathname);
    if (!isApi && !looksLikeFile && webDir && (request.method === 'GET' || request.method === 'HEAD')) {
      // Client-side routes of the single-page app.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'common.route_not_found', {
      method: request.method,
      url: pathname,
    });
  });

  return app;
}
