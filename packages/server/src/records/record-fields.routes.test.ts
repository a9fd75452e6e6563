import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser, roleIdByKey } from '../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { announceViewerChange } from '../platform/auth/viewer-version.ts';

for (const dialect of DIALECTS) {
  describe(`?fields= and related fields (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let otherRepCookie: string;
    const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.call(cookie, method, url, payload);
    let mine: { id: number };
    let theirs: { id: number };
    let contact: { id: number };
    let foreignContact: { id: number };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      await insertUser(t.database.db, { username: 'rep', name: '李雷', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'rep2', roles: ['salesRep'] });
      repCookie = await t.login('rep', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('rep2', FIXTURE_PASSWORD);
      mine = (await call(repCookie, 'POST', '/objects/account/records', { name: '北京星河' })).json();
      theirs = (await call(otherRepCookie, 'POST', '/objects/account/records', { name: '深圳远航' })).json();
      contact = (
        await call(repCookie, 'POST', '/objects/contact/records', {
          name: '王芳',
          account: mine.id,
          phone: '13900139000',
        })
      ).json();
      // The rep's contact points at an account the rep may not read.
      foreignContact = (
        await call(repCookie, 'POST', '/objects/contact/records', { name: '赵强', account: theirs.id })
      ).json();
    });
    afterAll(async () => t?.close());

    it('returns system fields, the named fields and related values in one list', async () => {
      const res = await call(
        repCookie,
        'GET',
        '/objects/contact/records?fields=name,account.name,owner.name&sort=name',
      );
      expect(res.statusCode, res.body).toBe(200);
      const rows = res.json().data as Array<Record<string, unknown>>;
      expect(rows.map((r) => Object.keys(r).sort())).toEqual(
        Array(2).fill([
          'account.name',
          'createdAt',
          'id',
          'name',
          'owner.name',
          'ownerId',
          'updatedAt',
          'version',
        ]),
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(contact.id)).toMatchObject({
        name: '王芳',
        'account.name': '北京星河',
        'owner.name': '李雷',
      });
      // Out of the rep's scope: null, although the admin sees the name.
      expect(byId.get(foreignContact.id)?.['account.name']).toBeNull();
      const asAdmin = await call(
        t.adminCookie,
        'GET',
        `/objects/contact/records/${foreignContact.id}?fields=account.name`,
      );
      expect(asAdmin.json()['account.name']).toBe('深圳远航');
      expect(asAdmin.json()).not.toHaveProperty('name');

      const one = await call(
        repCookie,
        'GET',
        `/objects/contact/records/${contact.id}?fields=phone,account.industry`,
      );
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ phone: '13900139000', 'account.industry': null });
      expect(one.json()).not.toHaveProperty('name');
      // Without ?fields= everything visible, as before.
      const all = await call(repCookie, 'GET', `/objects/contact/records/${contact.id}`);
      expect(all.json()).toMatchObject({ name: '王芳', account: mine.id, email: null });
    });

    it('takes * as every field the viewer may see, alongside related values', async () => {
      const res = await call(
        repCookie,
        'GET',
        `/objects/contact/records/${contact.id}?fields=*,account.name,owner.name`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const all = await call(repCookie, 'GET', `/objects/contact/records/${contact.id}`);
      expect(res.json()).toEqual({ ...all.json(), 'account.name': '北京星河', 'owner.name': '李雷' });
      const list = await call(repCookie, 'GET', '/objects/contact/records?fields=*,account.name&sort=name');
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().data[0]).toMatchObject({
        name: '王芳',
        phone: '13900139000',
        'account.name': '北京星河',
      });
    });

    it('computes a formula of the related record through the lookup', async () => {
      const created = await call(t.adminCookie, 'POST', '/objects/account/fields', {
        apiName: 'nameLength',
        type: 'formula',
        label: { 'zh-CN': '名称标签', en: 'Name tag' },
        options: { expression: 'CONCAT("客户:", name)', resultType: 'text' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const res = await call(
        repCookie,
        'GET',
        `/objects/contact/records/${contact.id}?fields=account.nameLength`,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()['account.nameLength']).toBe('客户:北京星河');
      const list = await call(
        repCookie,
        'GET',
        '/objects/contact/records?fields=account.nameLength&sort=name',
      );
      const byId = new Map((list.json().data as Array<Record<string, unknown>>).map((r) => [r.id, r]));
      expect(byId.get(foreignContact.id)?.['account.nameLength']).toBeNull();
      expect((await call(t.adminCookie, 'DELETE', '/objects/account/fields/nameLength')).statusCode).toBe(
        204,
      );
    });

    it('refuses unknown, malformed and hidden paths with per-field details', async () => {
      const roleId = await roleIdByKey(t.database.db, 'salesRep');
      await t.database.db
        .insertInto('role_field_permissions')
        .values({ role_id: roleId, object: 'account', field: 'phone', access: 'hidden' })
        .execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
      for (const fields of [
        'nickname',
        'account.phone',
        'account.name.x',
        'account.',
        'name.x',
        'owner.email',
        'x";drop',
      ]) {
        const res = await call(
          repCookie,
          'GET',
          `/objects/contact/records?fields=${encodeURIComponent(fields)}`,
        );
        expect(res.statusCode, fields).toBe(400);
        expect(res.json().errors).toEqual([
          expect.objectContaining({
            field: 'fields',
            code: 'record.unknown_field',
            message: `Unknown field: ${fields}`,
          }),
        ]);
      }
      const admin = await call(t.adminCookie, 'GET', '/objects/contact/records?fields=account.phone');
      expect(admin.statusCode).toBe(200);
      await t.database.db.deleteFrom('role_field_permissions').where('role_id', '=', roleId).execute();
      await announceViewerChange(t.database.db); // written behind the app: its viewer cache must hear of it
    });
  });
}
