import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { rebuildDuplicateKeys } from './rebuild-duplicate-keys.command.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Candidate = { object: string; record: { id: number }; matchedOn: string[] };

for (const dialect of DIALECTS) {
  describe(`duplicate detection (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let otherRepCookie: string;
    const call = (cookie: string, method: Method, url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    const create = async (cookie: string, object: string, values: Record<string, unknown>) => {
      const res = await call(cookie, 'POST', `/objects/${object}/records`, values);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; version: number };
    };
    const check = async (cookie: string, object: string, values: Record<string, string | null>) => {
      const res = await call(cookie, 'POST', '/duplicates/check', { object, values });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Candidate[]).map((c) => ({
        object: c.object,
        id: c.record.id,
        matchedOn: c.matchedOn,
      }));
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await insertUser(t.database.db, { username: 'rep', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'rep2', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('rep2', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    it('checks a new lead against leads, accounts and contacts, saying why each matched', async () => {
      const account = await create(repCookie, 'account', {
        name: '星河电子（中国）有限公司',
        phone: '0755-86001234',
      });
      const contact = await create(repCookie, 'contact', {
        name: '刘洋',
        phone: '13600001234',
        email: 'liu.yang@xinghe.example.cn',
      });
      const lead = await create(repCookie, 'lead', {
        name: '刘洋',
        company: '星河电子',
        email: 'LIU.YANG@xinghe.example.cn',
      });
      await create(repCookie, 'account', { name: '星河电子北京分公司' });

      const found = await check(repCookie, 'lead', {
        name: '刘洋',
        company: '星河电子\u3000有限公司',
        phone: '+86 136 0000 1234',
        email: ' Liu.Yang@XingHe.example.cn ',
      });
      expect(found).toEqual([
        { object: 'lead', id: lead.id, matchedOn: ['company', 'email'] },
        { object: 'account', id: account.id, matchedOn: ['company'] },
        { object: 'contact', id: contact.id, matchedOn: expect.arrayContaining(['phone', 'email']) },
      ]);
      // An account is compared with accounts only, by name and phone.
      expect(await check(repCookie, 'account', { name: '星河电子', phone: '(0755) 8600-1234 转 8' })).toEqual(
        [{ object: 'account', id: account.id, matchedOn: ['company', 'phone'] }],
      );
      expect(await check(repCookie, 'contact', { name: '刘洋', phone: '021-12345678', email: null })).toEqual(
        [],
      );
      // Another rep sees none of them: the check runs within the viewer's scope.
      expect(await check(otherRepCookie, 'lead', { company: '星河电子', phone: '13600001234' })).toEqual([]);
    });

    it('lists the duplicates of an existing record, not the record itself', async () => {
      const first = await create(repCookie, 'contact', { name: '高峰', email: 'gao.feng@north.example.cn' });
      const second = await create(repCookie, 'contact', { name: '高峰', email: 'Gao.Feng@North.example.cn' });
      const res = await call(repCookie, 'GET', `/duplicates/contact/${first.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items.map((c: Candidate) => [c.record.id, c.matchedOn])).toEqual([
        [second.id, ['email']],
      ]);
      expect((await call(otherRepCookie, 'GET', `/duplicates/contact/${first.id}`)).statusCode).toBe(404);
      expect((await call(repCookie, 'GET', '/duplicates/opportunity/1')).statusCode).toBe(400);
      expect((await call(repCookie, 'GET', '/duplicates/contact/999999')).statusCode).toBe(404);
    });

    it('keeps the keys in step with changes, deletes and restores', async () => {
      const account = await create(t.adminCookie, 'account', { name: '金桥建设集团' });
      expect(await check(t.adminCookie, 'account', { name: '金桥建设' })).toEqual([
        { object: 'account', id: account.id, matchedOn: ['company'] },
      ]);
      const renamed = await call(t.adminCookie, 'PATCH', `/objects/account/records/${account.id}`, {
        version: account.version,
        name: '金桥置业',
      });
      expect(renamed.statusCode).toBe(200);
      expect(await check(t.adminCookie, 'account', { name: '金桥建设' })).toEqual([]);
      expect(await check(t.adminCookie, 'account', { name: '金桥置业有限公司' })).toHaveLength(1);
      expect((await call(t.adminCookie, 'DELETE', `/objects/account/records/${account.id}`)).statusCode).toBe(
        204,
      );
      expect(await check(t.adminCookie, 'account', { name: '金桥置业' })).toEqual([]);
      expect(
        (await call(t.adminCookie, 'POST', `/objects/account/records/${account.id}/restore`)).statusCode,
      ).toBe(200);
      expect(await check(t.adminCookie, 'account', { name: '金桥置业' })).toHaveLength(1);
    });

    it('rebuilds the keys of records written around the behaviours', async () => {
      const before = await check(t.adminCookie, 'lead', { company: '星河电子', phone: '13600001234' });
      await t.database.db.deleteFrom('duplicate_keys').execute();
      expect(await check(t.adminCookie, 'lead', { company: '星河电子', phone: '13600001234' })).toEqual([]);
      const indexed = await rebuildDuplicateKeys(t.database);
      expect(indexed.account).toBe(await t.rowCount('obj_account'));
      expect(await check(t.adminCookie, 'lead', { company: '星河电子', phone: '13600001234' })).toEqual(
        before,
      );
    });

    it('does not match on a field hidden from the viewer', async () => {
      const db = t.database.db;
      const now = new Date().toISOString();
      const { id: roleId } = await db
        .insertInto('roles')
        .values({
          key: null,
          name: '电话保密',
          description: null,
          is_admin: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('role_permissions')
        .values([{ role_id: roleId, object: 'contact', action: 'read', scope: 'all' }])
        .execute();
      await db
        .insertInto('role_field_permissions')
        .values({ role_id: roleId, object: 'contact', field: 'phone', access: 'hidden' })
        .execute();
      await insertUser(db, { username: 'auditor', roles: [roleId] });
      const cookie = await t.login('auditor', FIXTURE_PASSWORD);
      expect(await check(cookie, 'contact', { phone: '13600001234' })).toEqual([]);
      const byEmail = await check(cookie, 'contact', {
        email: 'liu.yang@xinghe.example.cn',
        phone: '13600001234',
      });
      expect(byEmail.map((c) => c.matchedOn)).toEqual([['email']]);
    });

    it('refuses malformed checks', async () => {
      for (const body of [
        { object: 'opportunity', values: { name: 'x' } },
        { object: 'lead', values: { company: 42 } },
        { object: 'lead' },
        { object: 'lead', values: {}, surprise: true },
        { object: 'lead', values: { company: 'x'.repeat(1001) } },
      ]) {
        const res = await call(repCookie, 'POST', '/duplicates/check', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().code).toBe('common.validation_failed');
      }
    });
  });
}
