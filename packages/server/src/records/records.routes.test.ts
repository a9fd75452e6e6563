import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_PASSWORD,
  insertDepartment,
  insertUser,
  roleIdByKey,
} from '../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { announceViewerChange } from '../platform/auth/viewer-version.ts';

for (const dialect of DIALECTS) {
  describe(`records API (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let otherRepCookie: string;
    let managerCookie: string;
    let repId: number;
    const call = (
      cookie: string,
      method: InjectOptions['method'],
      url: string,
      payload?: unknown,
      headers = {},
    ) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': 'en', ...headers },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown, headers = {}) =>
      call(t.adminCookie, method, url, payload, headers);
    const count = async (table: string) =>
      Number(
        (
          await t.database.db
            .selectFrom(table as 'users')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const filterUrl = (object: string, filter: unknown, extra = '') =>
      `/objects/${object}/records?filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}${extra}`;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const sales = await insertDepartment(db, '销售部');
      const east = await insertDepartment(db, '华东区', sales.id);
      await insertUser(db, { username: 'manager', departmentId: sales.id, roles: ['salesManager'] });
      repId = await insertUser(db, { username: 'rep', departmentId: east.id, roles: ['salesRep'] });
      await insertUser(db, { username: 'rep2', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('rep2', FIXTURE_PASSWORD);
      managerCookie = await t.login('manager', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('creates, reads, updates and deletes an account with history and outbox events', async () => {
      const created = await call(repCookie, 'POST', '/objects/account/records', {
        name: '上海领航科技',
        industry: 'it',
        phone: '13800138000',
      });
      expect(created.statusCode).toBe(201);
      const record = created.json();
      expect(record).toMatchObject({ name: '上海领航科技', industry: 'it', version: 1, ownerId: repId });

      const got = await call(repCookie, 'GET', `/objects/account/records/${record.id}`);
      expect(got.statusCode).toBe(200);
      expect(got.json().name).toBe('上海领航科技');

      const patched = await call(repCookie, 'PATCH', `/objects/account/records/${record.id}`, {
        name: '上海领航科技有限公司',
        version: 1,
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({ name: '上海领航科技有限公司', version: 2 });

      const stale = await call(
        repCookie,
        'PATCH',
        `/objects/account/records/${record.id}`,
        { name: 'x' },
        {
          'if-match': '"1"',
        },
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('common.stale_version');

      const history = await call(repCookie, 'GET', `/objects/account/records/${record.id}/history`);
      expect(history.statusCode).toBe(200);
      expect(history.json().items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'name',
            oldValue: '上海领航科技',
            newValue: '上海领航科技有限公司',
          }),
        ]),
      );
      // The create's values are one stored row, read back as one change per field, sharing its id.
      const creation = history.json().items.filter((item: { oldValue: unknown }) => item.oldValue === null);
      expect(creation.map((item: { field: string }) => item.field).sort()).toEqual([
        'industry',
        'name',
        'ownerId',
        'phone',
      ]);
      expect(new Set(creation.map((item: { id: number }) => item.id)).size).toBe(1);
      const stored = await t.database.db
        .selectFrom('record_history')
        .select('field')
        .where('object', '=', 'account')
        .where('record_id', '=', record.id)
        .execute();
      expect(stored.map((row) => row.field).sort()).toEqual(['*', 'name']);
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select(['type', 'payload'])
        .where('aggregate_type', '=', 'account')
        .where('aggregate_id', '=', String(record.id))
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.type)).toEqual(['record.created', 'record.updated']);
      expect(JSON.parse(events[1]!.payload)).toMatchObject({ object: 'account', changedFields: ['name'] });

      // A rep may not delete accounts; the admin may, and can restore from the recycle bin.
      expect((await call(repCookie, 'DELETE', `/objects/account/records/${record.id}`)).statusCode).toBe(403);
      expect((await admin('DELETE', `/objects/account/records/${record.id}`)).statusCode).toBe(204);
      expect((await admin('GET', `/objects/account/records/${record.id}`)).statusCode).toBe(404);
      const bin = await admin('GET', '/objects/account/recycle-bin');
      expect(bin.json().data.map((r: { id: number }) => r.id)).toContain(record.id);
      const restored = await admin('POST', `/objects/account/records/${record.id}/restore`);
      expect(restored.statusCode).toBe(200);
      expect((await admin('GET', `/objects/account/records/${record.id}`)).statusCode).toBe(200);
    });

    it('refuses bad input with details and writes nothing', async () => {
      const before = await count('obj_account');
      const eventsBefore = await count('outbox_events');
      const cases: Array<[unknown, number, string]> = [
        [{ name: 42 }, 400, 'value.expected_text'],
        [{ name: 'A', phone: '12345' }, 400, 'common.validation_failed'],
        [{ name: 'A', nickname: 'x' }, 400, 'record.unknown_field'],
        [{ name: 'A', 'name; drop table obj_account': 'x' }, 400, 'record.unknown_field'],
        [{ industry: 'it' }, 400, 'value.required'],
      ];
      for (const [payload, status, code] of cases) {
        const res = await admin('POST', '/objects/account/records', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(status);
        const body = res.json();
        expect([body.code, ...body.errors.map((e: { code: string }) => e.code)]).toContain(code);
        expect(body.errors.length).toBeGreaterThan(0);
      }
      const filters: Array<[string, string]> = [
        [JSON.stringify({ field: 'name', op: 'like', value: 'x' }), 'condition.unknown_operator'],
        ['{"field":', 'condition.malformed'],
        [JSON.stringify({ field: 'name" or 1=1 --', op: 'eq', value: 'x' }), 'condition.unknown_field'],
        [JSON.stringify({ field: 'name', op: 'eq', value: 5 }), 'condition.bad_value'],
      ];
      for (const [filter, code] of filters) {
        const res = await admin('GET', filterUrl('account', filter));
        expect(res.statusCode, filter).toBe(400);
        expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(code);
      }
      expect((await admin('GET', '/objects/account/records?sort=nothing')).statusCode).toBe(400);
      expect((await admin('GET', '/objects/account/records?cursor=garbage')).statusCode).toBe(400);
      expect(await count('obj_account')).toBe(before);
      expect(await count('outbox_events')).toBe(eventsBefore);
    });

    it('limits a rep to own records and a manager to the department tree', async () => {
      const mine = (await call(repCookie, 'POST', '/objects/account/records', { name: '杭州甲公司' })).json();
      const theirs = (
        await call(otherRepCookie, 'POST', '/objects/account/records', { name: '杭州乙公司' })
      ).json();
      const names = async (cookie: string, url: string) =>
        (await call(cookie, 'GET', url)).json().data.map((r: { name: string }) => r.name);
      expect(await names(repCookie, '/objects/account/records?q=杭州')).toEqual(['杭州甲公司']);
      expect(
        await names(repCookie, filterUrl('account', { field: 'name', op: 'startsWith', value: '杭州' })),
      ).toEqual(['杭州甲公司']);
      expect((await call(repCookie, 'GET', `/objects/account/records/${theirs.id}`)).statusCode).toBe(404);
      expect(
        (await call(repCookie, 'PATCH', `/objects/account/records/${theirs.id}`, { name: 'x', version: 1 }))
          .statusCode,
      ).toBe(404);
      expect(await names(managerCookie, '/objects/account/records?q=杭州')).toEqual(['杭州甲公司']);
      expect((await call(managerCookie, 'GET', `/objects/account/records/${mine.id}`)).statusCode).toBe(200);
      expect((await admin('GET', '/objects/account/records?q=杭州')).json().data).toHaveLength(2);
    });

    it('hides a hidden field from JSON and from filters, sorts and search', async () => {
      const roleId = await roleIdByKey(t.database.db, 'salesRep');
      await t.database.db
        .insertInto('role_field_permissions')
        .values({ role_id: roleId, object: 'account', field: 'phone', access: 'hidden' })
        .execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
      const created = await call(repCookie, 'POST', '/objects/account/records', { name: '隐藏测试' });
      expect(created.statusCode).toBe(201);
      expect(created.json()).not.toHaveProperty('phone');
      const list = await call(repCookie, 'GET', '/objects/account/records');
      for (const row of list.json().data) expect(row).not.toHaveProperty('phone');
      const filtered = await call(repCookie, 'GET', filterUrl('account', { field: 'phone', op: 'isEmpty' }));
      expect(filtered.statusCode).toBe(400);
      expect(filtered.json().errors[0].code).toBe('condition.unknown_field');
      expect((await call(repCookie, 'GET', '/objects/account/records?sort=phone')).statusCode).toBe(400);
      const write = await call(repCookie, 'POST', '/objects/account/records', {
        name: 'x',
        phone: '13800138000',
      });
      expect(write.statusCode).toBe(403);
      await t.database.db.deleteFrom('role_field_permissions').where('role_id', '=', roleId).execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
    });

    it('serves a custom object with custom fields: currency filter, sort and keyset pages', async () => {
      expect(
        (
          await admin('POST', '/objects', {
            apiName: 'expense',
            label: { 'zh-CN': '费用报销', en: 'Expense claim' },
          })
        ).statusCode,
      ).toBe(201);
      for (const field of [
        { apiName: 'title', type: 'text', label: { 'zh-CN': '标题', en: 'Title' }, required: true },
        { apiName: 'amount', type: 'currency', label: { 'zh-CN': '金额', en: 'Amount' } },
        { apiName: 'code', type: 'text', label: { 'zh-CN': '编号', en: 'Code' }, unique: true },
      ]) {
        const res = await admin('POST', '/objects/expense/fields', field);
        expect(res.statusCode, res.body).toBe(201);
      }
      const amounts = [
        '100.00',
        '250.50',
        null,
        '100.00',
        '9999.99',
        '10000.00',
        '12000.00',
        null,
        '5.00',
        '100.00',
      ];
      for (const [index, amount] of amounts.entries()) {
        const res = await admin('POST', '/objects/expense/records', {
          title: `差旅 ${index}`,
          amount,
          code: `C${index}`,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const duplicate = await admin('POST', '/objects/expense/records', { title: 'dup', code: 'C1' });
      expect(duplicate.statusCode).toBe(422);
      expect(duplicate.json().errors).toEqual([
        expect.objectContaining({ field: 'code', code: 'value.not_unique' }),
      ]);

      const big = await admin('GET', filterUrl('expense', { field: 'amount', op: 'gte', value: 10000 }));
      expect(big.statusCode).toBe(200);
      expect(
        big
          .json()
          .data.map((r: { amount: string }) => r.amount)
          .sort(),
      ).toEqual(['10000.00', '12000.00']);

      const seen: number[] = [];
      const order: Array<string | null> = [];
      let cursor: string | null = null;
      do {
        const url: string = `/objects/expense/records?sort=-amount,title&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await admin('GET', url);
        expect(page.statusCode, page.body).toBe(200);
        for (const row of page.json().data) {
          seen.push(row.id);
          order.push(row.amount);
        }
        cursor = page.json().nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(amounts.length);
      expect(new Set(seen).size).toBe(amounts.length);
      expect(order).toEqual([
        '12000.00',
        '10000.00',
        '9999.99',
        '250.50',
        '100.00',
        '100.00',
        '100.00',
        '5.00',
        null,
        null,
      ]);
    });

    it('applies a bulk request all or nothing', async () => {
      const before = await count('obj_expense');
      const failed = await admin('POST', '/objects/expense/records/bulk', {
        create: [{ title: 'ok' }, { title: 'bad', amount: 'lots' }],
      });
      expect(failed.statusCode).toBe(400);
      expect(failed.json().errors).toEqual([expect.objectContaining({ field: 'create.1.amount' })]);
      expect(await count('obj_expense')).toBe(before);
      const done = await admin('POST', '/objects/expense/records/bulk', {
        create: [{ title: 'a' }, { title: 'b' }],
      });
      expect(done.statusCode).toBe(200);
      const [a, b] = done.json().created;
      const mixed = await admin('POST', '/objects/expense/records/bulk', {
        update: [{ id: a.id, version: 1, title: 'a2' }],
        delete: [b.id],
      });
      expect(mixed.statusCode, mixed.body).toBe(200);
      expect(mixed.json()).toMatchObject({ updated: [{ title: 'a2', version: 2 }], deleted: [b.id] });
    });
  });
}
