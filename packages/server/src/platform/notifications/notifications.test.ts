import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertApiKey, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { TASK_DUE } from './built-in-kinds.ts';
import { type NotifyProps, notify } from './notify.ts';

for (const dialect of DIALECTS) {
  describe(`notifications (${dialect})`, () => {
    let t: TestApp;
    let adminId: number;
    let repId: number;
    let repCookie: string;

    const as =
      (cookie: () => string, language = 'en') =>
      (method: InjectOptions['method'], url: string) =>
        t.app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie: cookie(), 'accept-language': language },
        });
    const admin = as(() => t.adminCookie);
    const rep = as(() => repCookie);
    const send = (props: NotifyProps) => t.database.db.transaction().execute((trx) => notify(trx, props));
    const notificationsOf = (userId: number) =>
      t.database.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      adminId = (await admin('GET', '/me')).json().id;
      repId = await insertUser(t.database.db, { username: 'rep.wang', name: '王芳', roles: ['salesRep'] });
      repCookie = await t.login('rep.wang', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('sends one notification per recipient with an outbox event, rendered in the request language', async () => {
      const [first, second] = await send({
        userIds: [repId, adminId, repId],
        kind: TASK_DUE,
        params: { title: '回访华东电力' },
        object: 'account',
        recordId: 7,
        actorUserId: adminId,
      });
      expect(first).toBeTypeOf('number');
      expect(second).toBeTypeOf('number');
      expect(await notificationsOf(repId)).toHaveLength(1);
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select(['aggregate_id', 'payload'])
        .where('type', '=', 'notification.created')
        .execute();
      expect(events.map((e) => Number(e.aggregate_id)).sort()).toEqual([first, second].sort());
      expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ kind: 'task.due', object: 'account' });

      const zh = await as(() => repCookie, 'zh-CN')('GET', '/notifications');
      expect(zh.statusCode, zh.body).toBe(200);
      expect(zh.json().items).toEqual([
        {
          id: expect.any(Number),
          kind: 'task.due',
          title: '任务「回访华东电力」已到期',
          params: { title: '回访华东电力' },
          link: { object: 'account', recordId: 7 },
          actor: { id: adminId, name: '系统管理员' },
          createdAt: expect.any(String),
          readAt: null,
        },
      ]);
      const en = (await rep('GET', '/notifications')).json().items;
      expect(en[0].title).toBe('Task "回访华东电力" is due');
      await admin('POST', '/notifications/read-all');
      await rep('POST', '/notifications/read-all');
    });

    it('leaves nothing behind when the business transaction rolls back', async () => {
      const before = (await notificationsOf(repId)).length;
      await expect(
        t.database.db.transaction().execute(async (trx) => {
          await notify(trx, { userIds: [repId], kind: TASK_DUE, params: { title: 'rolled back' } });
          throw new Error('business write failed');
        }),
      ).rejects.toThrow('business write failed');
      expect(await notificationsOf(repId)).toHaveLength(before);
      expect((await rep('GET', '/notifications/unread-count')).json()).toEqual({ count: 0 });
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select('id')
        .where('type', '=', 'notification.created')
        .where('payload', 'like', '%rolled back%')
        .execute();
      expect(events).toEqual([]);
    });

    it('refuses an unregistered kind and a half link', async () => {
      await expect(send({ userIds: [repId], kind: 'nothing.registered' })).rejects.toThrow(/not registered/);
      await expect(send({ userIds: [repId], kind: TASK_DUE, object: 'account' })).rejects.toThrow(/both/);
      expect((await rep('GET', '/notifications/unread-count')).json()).toEqual({ count: 0 });
    });

    it('a user never sees nor marks another user’s notifications', async () => {
      const [adminOnly] = await send({ userIds: [adminId], kind: TASK_DUE, params: { title: '仅管理员' } });
      const repList = (await rep('GET', '/notifications')).json().items as Array<{ id: number }>;
      expect(repList.map((n) => n.id)).not.toContain(adminOnly);

      const res = await rep('POST', `/notifications/${adminOnly}/read`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('common.not_found');
      expect((await rep('POST', '/notifications/read-all')).json()).toEqual({ updated: 0 });
      const row = await t.database.db
        .selectFrom('notifications')
        .select('read_at')
        .where('id', '=', adminOnly ?? 0)
        .executeTakeFirstOrThrow();
      expect(row.read_at).toBeNull();
      expect((await admin('GET', '/notifications/unread-count')).json()).toEqual({ count: 1 });
      await admin('POST', '/notifications/read-all');
    });

    it('counts unread, marks one read (idempotently) and all read', async () => {
      const ids: number[] = [];
      for (const title of ['一', '二', '三']) {
        ids.push(...(await send({ userIds: [repId], kind: TASK_DUE, params: { title } })));
      }
      expect((await rep('GET', '/notifications/unread-count')).json()).toEqual({ count: 3 });

      expect((await rep('POST', `/notifications/${ids[0]}/read`)).statusCode).toBe(204);
      const readAt = (await notificationsOf(repId)).find((n) => n.id === ids[0])?.read_at;
      expect(readAt).toEqual(expect.any(String));
      expect((await rep('POST', `/notifications/${ids[0]}/read`)).statusCode).toBe(204);
      expect((await notificationsOf(repId)).find((n) => n.id === ids[0])?.read_at).toBe(readAt);
      expect((await rep('GET', '/notifications/unread-count')).json()).toEqual({ count: 2 });

      const unread = (await rep('GET', '/notifications?unread=true')).json().items as Array<{ id: number }>;
      expect(unread.map((n) => n.id)).toEqual([ids[2], ids[1]]);

      expect((await rep('POST', '/notifications/read-all')).json()).toEqual({ updated: 2 });
      expect((await rep('GET', '/notifications/unread-count')).json()).toEqual({ count: 0 });
      expect((await rep('GET', '/notifications?unread=true')).json()).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await rep('POST', '/notifications/read-all')).json()).toEqual({ updated: 0 });
    });

    it('pages newest first with a keyset cursor, all or unread only', async () => {
      const sent: number[] = [];
      for (let i = 0; i < 5; i++) {
        sent.push(...(await send({ userIds: [adminId], kind: TASK_DUE, params: { title: `第${i}项` } })));
      }
      await admin('POST', `/notifications/${sent[4]}/read`);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const page = (await admin('GET', `/notifications?unread=true&limit=2${query}`)).json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((n: { id: number }) => n.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([sent[3], sent[2], sent[1], sent[0]]);

      const all = (await admin('GET', '/notifications?limit=3')).json();
      expect(all.items.map((n: { id: number }) => n.id)).toEqual([sent[4], sent[3], sent[2]]);
      expect(all.nextCursor).toEqual(expect.any(String));
    });

    it('refuses bad ids, limits, filters and cursors with a 400', async () => {
      for (const url of [
        '/notifications/abc/read',
        '/notifications/0/read',
        '/notifications/-3/read',
        '/notifications/1.5/read',
      ]) {
        const res = await rep('POST', url);
        expect(res.statusCode, url).toBe(400);
      }
      for (const query of ['limit=0', 'limit=201', 'limit=x', 'unread=yes', 'cursor=not-a-cursor']) {
        const res = await rep('GET', `/notifications?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().errors.length, query).toBeGreaterThan(0);
      }
      expect((await rep('POST', '/notifications/999999/read')).statusCode).toBe(404);
    });

    it('lets a read-only API key list its user’s notifications but not mark them read', async () => {
      const [id] = await send({ userIds: [repId], kind: TASK_DUE, params: { title: '接口读取' } });
      const key = await insertApiKey(t.database.db, repId, ['read']);
      const call = (method: InjectOptions['method'], url: string) =>
        t.app.inject({ method, url: `/api/v1${url}`, headers: { authorization: `Bearer ${key}` } });
      const list = (await call('GET', '/notifications?unread=true')).json().items as Array<{ id: number }>;
      expect(list.map((n) => n.id)).toEqual([id]);
      const refused = await call('POST', `/notifications/${id}/read`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('auth.api_key_scope');
      expect((await call('POST', '/notifications/read-all')).statusCode).toBe(403);
      expect((await rep('GET', '/notifications/unread-count')).json()).toEqual({ count: 1 });
      await rep('POST', '/notifications/read-all');
    });

    // The planner's choice is only stable on SQLite; PostgreSQL prefers a scan on tables this small.
    if (dialect === 'sqlite') {
      it('counts unread and pages newest first from indexes alone', async () => {
        const plan = async (query: string) => {
          const { rows } = await sql<{ detail: string }>`explain query plan ${sql.raw(query)}`.execute(
            t.database.db,
          );
          return rows.map((row) => row.detail).join(' | ');
        };
        const count = await plan(
          `select count(*) from notifications where user_id = ${repId} and read_at is null`,
        );
        expect(count).toMatch(/USING COVERING INDEX notifications_user_read_ix/);
        const unreadPage = await plan(
          `select * from notifications where user_id = ${repId} and read_at is null and id < 100 order by id desc limit 51`,
        );
        expect(unreadPage).toMatch(/USING INDEX notifications_user_read_ix/);
        expect(unreadPage).not.toMatch(/TEMP B-TREE/);
        const allPage = await plan(
          `select * from notifications where user_id = ${repId} order by id desc limit 51`,
        );
        expect(allPage).toMatch(/USING INDEX notifications_user_ix/);
        expect(allPage).not.toMatch(/TEMP B-TREE/);
      });
    }

    it('requires a signed-in user', async () => {
      for (const [method, url] of [
        ['GET', '/notifications'],
        ['GET', '/notifications/unread-count'],
        ['POST', '/notifications/read-all'],
        ['POST', '/notifications/1/read'],
      ] as const) {
        expect((await t.app.inject({ method, url: `/api/v1${url}` })).statusCode, url).toBe(401);
      }
    });
  });
}
