import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, sessionCookie, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { waitFor } from '../../test/support/wait-for.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';

for (const dialect of DIALECTS) {
  describe(`metadata changes across instances (${dialect})`, () => {
    let a: TestApp;
    let otherDatabase: Database;
    let b: FastifyInstance;
    let bCookie: string;

    const call = (
      app: FastifyInstance,
      cookie: string,
      method: 'GET' | 'POST',
      url: string,
      payload?: object,
    ) => app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

    beforeAll(async () => {
      a = await createTestApp(dialect);
      // A second instance on the same database, as another server process would be.
      otherDatabase = a.database.reopen();
      const config = loadConfig({}, { seedDemo: false, workerInProcess: false, validateResponses: true });
      b = await buildApp({ config, database: otherDatabase });
      await b.ready();
      const login = await b.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: ADMIN_PASSWORD },
      });
      bCookie = sessionCookie(login);
    });
    afterAll(async () => {
      await b?.close();
      await otherDatabase?.close();
      await a?.close();
    });

    it('makes a field created through one instance usable through the other within a second', async () => {
      const created = await call(a.app, a.adminCookie, 'POST', '/objects', {
        apiName: 'visit',
        label: { 'zh-CN': '拜访' },
      });
      expect(created.statusCode, created.body).toBe(201);
      // B loads (and caches) the metadata with the object but without the field.
      expect((await call(b, bCookie, 'GET', '/objects/visit')).json().fields).toEqual([]);
      const before = await call(b, bCookie, 'POST', '/objects/visit/records', { topic: '回访' });
      expect(before.statusCode).toBe(400);

      const field = await call(a.app, a.adminCookie, 'POST', '/objects/visit/fields', {
        apiName: 'topic',
        type: 'text',
        label: { 'zh-CN': '主题' },
      });
      expect(field.statusCode, field.body).toBe(201);
      // Usable from the moment a request that succeeds was sent (its own time on a busy machine aside).
      const started = Date.now();
      let sentAt = 0;
      const record = await waitFor(
        async () => {
          sentAt = Date.now();
          const res = await call(b, bCookie, 'POST', '/objects/visit/records', { topic: '回访' });
          return res.statusCode === 201 ? (res.json() as { topic: string }) : null;
        },
        { timeoutMs: 2_000, intervalMs: 20, what: 'the new field on the other instance' },
      );
      expect(sentAt - started).toBeLessThan(1_000);
      expect(record.topic).toBe('回访');
      const listed = await call(b, bCookie, 'GET', '/objects/visit/records');
      expect(listed.json().data.map((r: { topic: string }) => r.topic)).toEqual(['回访']);
    });
  });
}
