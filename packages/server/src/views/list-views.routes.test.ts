import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`saved list views (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let otherRepCookie: string;
    let repId: number;
    const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    const viewCount = () => t.rowCount('list_views');

    beforeAll(async () => {
      t = await createTestApp(dialect);
      repId = await insertUser(t.database.db, { username: 'rep', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'rep2', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('rep2', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('saves, lists, changes and deletes a personal view, audited', async () => {
      const created = await call(repCookie, 'POST', '/objects/contact/views', {
        name: '我的联系人',
        columns: ['name', 'account.name', 'phone'],
        filter: { field: 'name', op: 'contains', value: '王' },
        sort: '-createdAt',
      });
      expect(created.statusCode, created.body).toBe(201);
      const view = created.json();
      expect(view).toMatchObject({
        object: 'contact',
        name: '我的联系人',
        columns: ['name', 'account.name', 'phone'],
        filter: { field: 'name', op: 'contains', value: '王' },
        sort: '-createdAt',
        q: null,
        shared: false,
        ownerId: repId,
      });

      const mine = await call(repCookie, 'GET', '/objects/contact/views');
      expect(mine.json().data.map((v: { id: number }) => v.id)).toEqual([view.id]);
      // Another rep sees neither the view in the list nor through its id.
      expect((await call(otherRepCookie, 'GET', '/objects/contact/views')).json().data).toEqual([]);
      const foreign = await call(otherRepCookie, 'PATCH', `/objects/contact/views/${view.id}`, { name: 'x' });
      expect(foreign.statusCode).toBe(404);
      expect((await call(otherRepCookie, 'DELETE', `/objects/contact/views/${view.id}`)).statusCode).toBe(
        404,
      );

      const patched = await call(repCookie, 'PATCH', `/objects/contact/views/${view.id}`, {
        name: '王姓联系人',
        filter: null,
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({ name: '王姓联系人', filter: null, columns: view.columns });

      const audit = await t.database.db
        .selectFrom('audit_log')
        .select(['action', 'changes'])
        .where('entity_type', '=', 'listView')
        .where('entity_id', '=', String(view.id))
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
      expect(JSON.parse(audit[1]?.changes ?? '{}')).toMatchObject({ name: ['我的联系人', '王姓联系人'] });

      expect((await call(repCookie, 'DELETE', `/objects/contact/views/${view.id}`)).statusCode).toBe(204);
      expect((await call(repCookie, 'GET', '/objects/contact/views')).json().data).toEqual([]);
    });

    it('lets only holders of the settings right share views; everyone sees shared views', async () => {
      const body = { name: '全部客户', columns: ['name', 'industry'], shared: true };
      const refused = await call(repCookie, 'POST', '/objects/account/views', body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('view.share_not_allowed');
      const shared = await call(t.adminCookie, 'POST', '/objects/account/views', body);
      expect(shared.statusCode, shared.body).toBe(201);
      const id = shared.json().id;
      const seen = await call(repCookie, 'GET', '/objects/account/views');
      expect(seen.json().data).toEqual([expect.objectContaining({ id, shared: true })]);
      expect((await call(repCookie, 'PATCH', `/objects/account/views/${id}`, { name: 'x' })).statusCode).toBe(
        403,
      );
      expect((await call(repCookie, 'DELETE', `/objects/account/views/${id}`)).statusCode).toBe(403);
      const personal = (
        await call(repCookie, 'POST', '/objects/account/views', { name: '我的', columns: ['name'] })
      ).json();
      const share = await call(repCookie, 'PATCH', `/objects/account/views/${personal.id}`, { shared: true });
      expect(share.statusCode).toBe(403);
      expect(
        (await call(t.adminCookie, 'PATCH', `/objects/account/views/${id}`, { name: '客户' })).statusCode,
      ).toBe(200);
    });

    it('refuses unknown columns, bad filters and sorts with per-field details, writing nothing', async () => {
      const before = await viewCount();
      const cases: Array<[unknown, string, string]> = [
        [{ name: 'v', columns: ['name', 'nickname'] }, 'columns.1', 'record.unknown_field'],
        [{ name: 'v', columns: ['account.secret'] }, 'columns.0', 'record.unknown_field'],
        [{ name: 'v', columns: ['name" --'] }, 'columns.0', 'record.unknown_field'],
        [
          { name: 'v', columns: ['name'], filter: { field: 'name', op: 'like', value: 'x' } },
          'filter',
          'condition.unknown_operator',
        ],
        [
          { name: 'v', columns: ['name'], filter: { field: 'nope', op: 'eq', value: 'x' } },
          'filter',
          'condition.unknown_field',
        ],
        [{ name: 'v', columns: ['name'], sort: '-nothing' }, 'sort', 'record.invalid_sort'],
        [{ name: '', columns: ['name'] }, 'name', ''],
      ];
      for (const [payload, field, code] of cases) {
        const res = await call(repCookie, 'POST', '/objects/contact/views', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        const errors = res.json().errors as Array<{ field: string; code: string }>;
        expect(
          errors.some((e) => e.field.startsWith(field) && (!code || e.code === code)),
          res.body,
        ).toBe(true);
      }
      expect((await call(t.adminCookie, 'GET', '/objects/nothing/views')).statusCode).toBe(404);
      expect(await viewCount()).toBe(before);
    });
  });
}
