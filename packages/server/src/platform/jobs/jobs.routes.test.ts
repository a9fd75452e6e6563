import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { enqueueJob } from './enqueue-job.ts';

for (const dialect of DIALECTS) {
  describe(`jobs API (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    const ids: Record<'first' | 'dead' | 'second' | 'third', number> = {
      first: 0,
      dead: 0,
      second: 0,
      third: 0,
    };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      ids.first = (await enqueueJob(db, { name: 'report.send', payload: { to: 'sales' } })).id;
      ids.dead = (
        await enqueueJob(db, { name: 'webhook.deliver', maxAttempts: 3, idempotencyKey: 'event:1:hooks' })
      ).id;
      ids.second = (await enqueueJob(db, { name: 'report.send' })).id;
      ids.third = (await enqueueJob(db, { name: 'report.send' })).id;
      await db
        .updateTable('jobs')
        .set({
          status: 'dead',
          attempts: 3,
          last_error: 'Error: 连接超时',
          finished_at: new Date().toISOString(),
        })
        .where('id', '=', ids.dead)
        .execute();
      await insertUser(db, { username: 'rep.li', name: '李娜', roles: ['salesRep'] });
      repCookie = await t.login('rep.li', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    const get = (url: string, cookie = t.adminCookie) =>
      t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': 'en' } });
    const retry = (id: number | string, cookie = t.adminCookie, locale = 'en') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${id}/retry`,
        headers: { cookie, 'accept-language': locale },
      });

    it('lists jobs newest first with their public fields', async () => {
      const res = await get('/api/v1/jobs');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items.map((j: { id: number }) => j.id)).toEqual([
        ids.third,
        ids.second,
        ids.dead,
        ids.first,
      ]);
      expect(body.nextCursor).toBeNull();
      expect(body.items[2]).toEqual({
        id: ids.dead,
        name: 'webhook.deliver',
        status: 'dead',
        attempts: 3,
        maxAttempts: 3,
        runAt: expect.any(String),
        lastError: 'Error: 连接超时',
        idempotencyKey: 'event:1:hooks',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        finishedAt: expect.any(String),
      });
      expect(body.items[0]).not.toHaveProperty('payload');
    });

    it('filters by status and name and pages with a cursor', async () => {
      const dead = (await get('/api/v1/jobs?status=dead')).json();
      expect(dead.items.map((j: { id: number }) => j.id)).toEqual([ids.dead]);
      const page1 = (await get('/api/v1/jobs?name=report.send&limit=2')).json();
      expect(page1.items.map((j: { id: number }) => j.id)).toEqual([ids.third, ids.second]);
      expect(page1.nextCursor).toEqual(expect.any(String));
      const page2 = (await get(`/api/v1/jobs?name=report.send&limit=2&cursor=${page1.nextCursor}`)).json();
      expect(page2.items.map((j: { id: number }) => j.id)).toEqual([ids.first]);
      expect(page2.nextCursor).toBeNull();
    });

    it('answers bad list parameters with a 400', async () => {
      const status = await get('/api/v1/jobs?status=sleeping');
      expect(status.statusCode).toBe(400);
      expect(status.json().code).toBe('common.validation_failed');
      const limit = await get('/api/v1/jobs?limit=0');
      expect(limit.statusCode).toBe(400);
      const cursor = await get('/api/v1/jobs?cursor=not-a-cursor');
      expect(cursor.statusCode).toBe(400);
      expect(cursor.json().code).toBe('common.invalid_cursor');
    });

    it('refuses users without the settings permission and anonymous callers', async () => {
      const list = await get('/api/v1/jobs', repCookie);
      expect(list.statusCode).toBe(403);
      expect(list.json().code).toBe('auth.forbidden');
      const res = await retry(ids.dead, repCookie);
      expect(res.statusCode).toBe(403);
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/jobs' });
      expect(anonymous.statusCode).toBe(401);
      const job = await t.database.db
        .selectFrom('jobs')
        .select('status')
        .where('id', '=', ids.dead)
        .executeTakeFirstOrThrow();
      expect(job.status).toBe('dead');
    });

    it('refuses to retry a job that is not dead, and an unknown job', async () => {
      const res = await retry(ids.first);
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'job.not_dead',
        detail: `Only dead jobs can be retried; job ${ids.first} is pending`,
      });
      const zh = await retry(ids.first, t.adminCookie, 'zh-CN');
      expect(zh.json().detail).toBe(`只能重试已失败（死信）的任务，任务 ${ids.first} 当前状态为 pending`);
      const missing = await retry(987654);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('job.not_found');
      const bad = await retry('abc');
      expect(bad.statusCode).toBe(400);
      const job = await t.database.db
        .selectFrom('jobs')
        .selectAll()
        .where('id', '=', ids.first)
        .executeTakeFirstOrThrow();
      expect(job).toMatchObject({ status: 'pending', attempts: 0 });
    });

    it('retries a dead job with a fresh set of attempts, and records it in the audit log', async () => {
      const res = await retry(ids.dead);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: ids.dead, status: 'pending', attempts: 0, finishedAt: null });
      const again = await retry(ids.dead);
      expect(again.statusCode).toBe(409);
      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', 'job')
        .where('entity_id', '=', String(ids.dead))
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'job.retry' });
    });

    it('documents the endpoints in OpenAPI', async () => {
      const doc = (await get('/api/v1/openapi.json')).json();
      expect(doc.paths['/api/v1/jobs'].get.tags).toEqual(['jobs']);
      expect(doc.paths['/api/v1/jobs/{id}/retry'].post.tags).toEqual(['jobs']);
    });
  });
}
