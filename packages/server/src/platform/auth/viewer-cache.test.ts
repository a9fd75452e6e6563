import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { VIEWER_CACHE_TTL_MS } from './viewer-cache.ts';

for (const dialect of DIALECTS) {
  describe(`cached viewers (${dialect})`, () => {
    let t: TestApp;
    /** A second instance on the same database (its own connection, cache and listener). */
    let other: { app: FastifyInstance; database: Database };
    let n = 0;

    const me = (app: FastifyInstance, cookie: string) =>
      app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const admin = (method: 'PATCH' | 'PUT' | 'GET', url: string, payload?: object) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: t.adminCookie }, payload });
    /** A new rep, signed in; the cookie is used once on each instance so that both cache the viewer. */
    const signedInRep = async () => {
      const username = `cache.rep${++n}`;
      const id = await insertUser(t.database.db, { username, roles: ['salesRep'] });
      const cookie = await t.login(username, FIXTURE_PASSWORD);
      expect((await me(t.app, cookie)).statusCode).toBe(200);
      expect((await me(other.app, cookie)).statusCode).toBe(200);
      return { id, cookie };
    };
    /** Polls the other instance until it refuses the cookie; the milliseconds that took. */
    const refusedElsewhereAfter = async (cookie: string) => {
      const start = Date.now();
      await waitFor(async () => (await me(other.app, cookie)).statusCode === 401, {
        timeoutMs: VIEWER_CACHE_TTL_MS + 2_000,
        what: 'the other instance to refuse the session',
      });
      return Date.now() - start;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const database = t.database.reopen();
      const config = loadConfig({}, { seedDemo: false, workerInProcess: false, validateResponses: true });
      other = { app: await buildApp({ config, database }), database };
      await other.app.ready();
    });
    afterAll(async () => {
      await other?.app.close();
      await other?.database.close();
      await t?.close();
    });

    it('refuses a signed-out session at once here, and within the cache time on another instance', async () => {
      const { cookie } = await signedInRep();
      const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      expect(logout.statusCode).toBe(204);
      expect((await me(t.app, cookie)).statusCode).toBe(401);
      expect(await refusedElsewhereAfter(cookie)).toBeLessThanOrEqual(VIEWER_CACHE_TTL_MS + 500);
    });

    it('refuses a disabled user at once here, and within the cache time on another instance', async () => {
      const { id, cookie } = await signedInRep();
      const disabled = await admin('PATCH', `/users/${id}`, { status: 'disabled' });
      expect(disabled.statusCode, disabled.body).toBe(200);
      expect((await me(t.app, cookie)).statusCode).toBe(401);
      expect(await refusedElsewhereAfter(cookie)).toBeLessThanOrEqual(VIEWER_CACHE_TTL_MS + 500);
    });

    it('applies a change of role permissions to cached viewers at once', async () => {
      const { cookie } = await signedInRep();
      const list = () =>
        t.app.inject({ method: 'GET', url: '/api/v1/objects/account/records', headers: { cookie } });
      expect((await list()).statusCode).toBe(200);
      const roles = (await admin('GET', '/roles')).json();
      const rep = (roles.items ?? roles.data ?? roles).find(
        (role: { key: string }) => role.key === 'salesRep',
      );
      const matrix = (await admin('GET', `/roles/${rep.id}`)).json();
      const { account: _account, ...withoutAccount } = matrix.permissions;
      const put = (permissions: unknown) =>
        admin('PUT', `/roles/${rep.id}/permissions`, { permissions, fields: matrix.fields });
      expect((await put(withoutAccount)).statusCode).toBe(200);
      expect((await list()).statusCode).toBe(403);
      expect((await put(matrix.permissions)).statusCode).toBe(200);
      expect((await list()).statusCode).toBe(200);
    });

    it('still refuses an unknown or malformed session cookie', async () => {
      for (const cookie of ['lodestar_session=nope', 'lodestar_session=']) {
        expect((await me(t.app, cookie)).statusCode).toBe(401);
      }
    });
  });
}
