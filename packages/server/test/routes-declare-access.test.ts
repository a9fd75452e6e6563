import { ACTIONS, KNOWN_OBJECTS } from '@lodestar/shared';
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Access } from '../src/http/access.ts';
import { loadPermissionSet } from '../src/platform/permissions/load-permissions.ts';
import { prepareDatabase } from '../src/platform/prepare-database.ts';
import { FIXTURE_PASSWORD, insertUser } from './support/org-fixtures.ts';
import { ADMIN_PASSWORD, createTestApp, sessionCookie, type TestApp } from './support/test-app.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/test-database.ts';

interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

/** One entry per method of every route under /api. */
function apiRoutes(app: FastifyInstance): RouteEntry[] {
  return app.registeredRoutes
    .filter((route: RouteOptions) => route.url.startsWith('/api/'))
    .flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
        method: String(method),
        url: route.url,
        access: route.config?.access,
      })),
    );
}

/** Why a route's access declaration is unacceptable, or null when it is fine. */
function accessProblem(access: Access | undefined): string | null {
  if (!access) return 'declares no access';
  if ('public' in access || 'signedIn' in access) return null;
  if ('objectPermission' in access)
    return (ACTIONS as readonly string[]).includes(access.objectPermission)
      ? null
      : `names an unknown action "${access.objectPermission}"`;
  if (!('permission' in access)) return 'declares an unknown kind of access';
  const { object, action } = access.permission;
  if (!(KNOWN_OBJECTS as readonly string[]).includes(object)) return `names an unknown object "${object}"`;
  if (!(ACTIONS as readonly string[]).includes(action)) return `names an unknown action "${action}"`;
  return null;
}

const describeRoute = (r: RouteEntry) => `${r.method} ${r.url}`;

/** The problem code of a response; HEAD answers carry the status only. */
const problemCode = (method: string, res: { body: string; json(): { code?: string } }) =>
  method === 'HEAD' ? 'HEAD' : res.body ? res.json().code : undefined;

/** A concrete URL for a route pattern: parameters become 1, a wildcard becomes `x`. */
const concreteUrl = (pattern: string) => pattern.replace(/:[A-Za-z0-9_]+/g, '1').replace(/\*$/, 'x');

for (const dialect of DIALECTS) {
  describe(`every route declares its access (${dialect})`, () => {
    let t: TestApp;
    let routes: RouteEntry[];

    beforeAll(async () => {
      t = await createTestApp(dialect);
      routes = apiRoutes(t.app);
    });
    afterAll(async () => t?.close());

    it('finds the routes of the API', () => {
      const names = routes.map(describeRoute);
      for (const expected of [
        'POST /api/v1/auth/login',
        'GET /api/v1/me',
        'GET /api/v1/roles',
        'GET /api/docs',
      ]) {
        expect(names).toContain(expected);
      }
    });

    it('fails naming any route under /api without a valid access declaration', () => {
      const offenders = routes
        .map((route) => ({ route, problem: accessProblem(route.access) }))
        .filter((r) => r.problem !== null)
        .map((r) => `${describeRoute(r.route)} ${r.problem}`);
      expect(offenders, `routes without a valid access declaration:\n${offenders.join('\n')}`).toEqual([]);
    });

    it('answers 401 to an anonymous caller on every route that is not public', async () => {
      const wrong: string[] = [];
      for (const route of routes) {
        if (!route.access || 'public' in route.access) continue;
        const res = await t.app.inject({
          method: route.method as HTTPMethods,
          url: concreteUrl(route.url),
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
        });
        const code = problemCode(route.method, res);
        if (res.statusCode !== 401 || !(code === 'HEAD' || code?.startsWith('auth.')))
          wrong.push(`${describeRoute(route)} → ${res.statusCode}`);
      }
      expect(wrong).toEqual([]);
    });

    it('answers 403 to a sales rep on every route whose permission the rep lacks', async () => {
      const repId = await insertUser(t.database.db, { username: 'rep.walk', roles: ['salesRep'] });
      const cookie = await t.login('rep.walk', FIXTURE_PASSWORD);
      const rep = await loadPermissionSet(t.database.db, repId);
      const wrong: string[] = [];
      let checked = 0;
      for (const route of routes) {
        if (!route.access || !('permission' in route.access)) continue;
        const { object, action } = route.access.permission;
        if (rep.can(object, action)) continue;
        checked += 1;
        const res = await t.app.inject({
          method: route.method as HTTPMethods,
          url: concreteUrl(route.url),
          headers: { cookie },
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
        });
        const code = problemCode(route.method, res);
        if (res.statusCode !== 403 || !(code === 'HEAD' || code === 'auth.forbidden'))
          wrong.push(`${describeRoute(route)} → ${res.statusCode}`);
      }
      expect(checked).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    });
  });

  describe(`a route without an access declaration fails closed (${dialect})`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let handlerRuns = 0;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const config = loadConfig(
        {},
        { adminPassword: ADMIN_PASSWORD, seedDemo: false, workerInProcess: false },
      );
      await prepareDatabase(database, config);
      app = await buildApp({ config, database });
      // Registered the way a careless feature would: no config.access.
      const handler = async () => {
        handlerRuns += 1;
        return { secret: true };
      };
      app.get('/api/v1/undeclared', handler);
      app.post('/api/v1/undeclared', handler);
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
      await database?.dispose();
    });

    it('is named by the route walk', () => {
      const offenders = apiRoutes(app)
        .filter((route) => accessProblem(route.access) !== null)
        .map(describeRoute);
      expect(offenders).toEqual(
        expect.arrayContaining(['GET /api/v1/undeclared', 'POST /api/v1/undeclared']),
      );
    });

    it('answers 403 to everyone, the admin included, without running the handler', async () => {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: ADMIN_PASSWORD },
      });
      const cookie = sessionCookie(login);
      for (const headers of [{}, { cookie }]) {
        for (const method of ['GET', 'POST'] as const) {
          const res = await app.inject({
            method,
            url: '/api/v1/undeclared',
            headers: { ...headers, 'accept-language': 'en' },
          });
          expect(res.statusCode).toBe(403);
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(res.json()).toMatchObject({
            code: 'auth.route_without_access',
            detail: 'This endpoint declares no access rule',
          });
        }
      }
      expect(handlerRuns).toBe(0);
    });
  });
}
