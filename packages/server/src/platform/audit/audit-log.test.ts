import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { encodeCursor } from '../../http/pagination.ts';

for (const dialect of DIALECTS) {
  describe(`audit log (${dialect})`, () => {
    let t: TestApp;
    let adminId: number;
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      adminId = (await admin('GET', '/me')).json().id;
      for (const name of ['一部', '二部', '三部', '四部', '五部']) {
        expect((await admin('POST', '/departments', { name })).statusCode).toBe(201);
      }
    });
    afterAll(async () => t?.close());

    it('lists entries newest first with actor, ip and request id', async () => {
      const res = await admin('GET', '/audit-log');
      expect(res.statusCode).toBe(200);
      const items = res.json().items;
      expect(items.map((e: { id: number }) => e.id)).toEqual(
        [...items.map((e: { id: number }) => e.id)].sort((a: number, b: number) => b - a),
      );
      expect(items[0]).toEqual({
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actor: { id: adminId, name: '系统管理员' },
        apiKeyId: null,
        action: 'create',
        entityType: 'department',
        entityId: expect.any(String),
        changes: expect.objectContaining({ name: [null, '五部'] }),
        ip: '127.0.0.1',
        requestId: expect.any(String),
      });
      // Signing in is audited too.
      expect(items.some((e: { action: string }) => e.action === 'login')).toBe(true);
    });

    it('filters by entity, actor, action and time, and pages with a cursor', async () => {
      const departments = (
        await admin('GET', '/audit-log?entityType=department&action=create&limit=2')
      ).json();
      expect(departments.items).toHaveLength(2);
      expect(departments.nextCursor).toEqual(expect.any(String));
      const next = (
        await admin(
          'GET',
          `/audit-log?entityType=department&action=create&limit=2&cursor=${encodeURIComponent(departments.nextCursor)}`,
        )
      ).json();
      expect(next.items.map((e: { changes: { name: unknown[] } }) => e.changes.name[1])).toEqual([
        '三部',
        '二部',
      ]);
      const last = (
        await admin(
          'GET',
          `/audit-log?entityType=department&action=create&limit=2&cursor=${encodeURIComponent(next.nextCursor)}`,
        )
      ).json();
      expect(last.items).toHaveLength(1);
      expect(last.nextCursor).toBeNull();

      const byActor = (await admin('GET', `/audit-log?actorId=${adminId}&limit=200`)).json().items;
      expect(byActor.length).toBeGreaterThanOrEqual(6);
      expect((await admin('GET', '/audit-log?actorId=999999')).json().items).toEqual([]);

      const future = new Date(Date.now() + 3_600_000).toISOString();
      expect((await admin('GET', `/audit-log?from=${encodeURIComponent(future)}`)).json().items).toEqual([]);
      const all = (await admin('GET', `/audit-log?to=${encodeURIComponent(future)}&limit=200`)).json().items;
      expect(all.length).toBe(byActor.length);
      const withOffset = (
        await admin('GET', `/audit-log?from=${encodeURIComponent('2000-01-01T08:00:00+08:00')}&limit=200`)
      ).json().items;
      expect(withOffset.length).toBe(all.length);
    });

    it('answers bad filters and cursors with 400', async () => {
      for (const query of [
        'from=yesterday',
        'to=2024-13-01T00:00:00Z',
        'actorId=abc',
        'limit=1000',
        `cursor=${encodeCursor(['1'])}`,
        'cursor=%7B%7D',
      ]) {
        const res = await admin('GET', `/audit-log?${query}`);
        expect(res.statusCode, query).toBe(400);
      }
    });
  });
}
