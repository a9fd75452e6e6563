import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertUser, roleIdByKey } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`permissions on custom objects (${dialect})`, () => {
    let t: TestApp;
    let repRoleId: number;
    let repCookie: string;
    let otherRepCookie: string;

    const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const admin = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      call(t.adminCookie, method, url, payload);

    beforeAll(async () => {
      t = await createTestApp(dialect);
      repRoleId = await roleIdByKey(t.database.db, 'salesRep');
      await insertUser(t.database.db, { username: 'rep.expense', roles: ['salesRep'] });
      await insertUser(t.database.db, { username: 'rep.expense2', roles: ['salesRep'] });
      repCookie = await t.login('rep.expense', FIXTURE_PASSWORD);
      otherRepCookie = await t.login('rep.expense2', FIXTURE_PASSWORD);
      const created = await admin('POST', '/objects', {
        apiName: 'expense',
        label: { 'zh-CN': '费用报销', en: 'Expense claim' },
      });
      expect(created.statusCode, created.body).toBe(201);
      for (const field of [
        { apiName: 'title', type: 'text', label: { 'zh-CN': '标题', en: 'Title' } },
        { apiName: 'approverNote', type: 'text', label: { 'zh-CN': '审批备注', en: 'Approver note' } },
      ]) {
        const res = await admin('POST', '/objects/expense/fields', field);
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(async () => t?.close());

    it('lists custom objects with labels and every sales object with its metadata fields', async () => {
      const res = await admin('GET', '/permissions/catalog');
      expect(res.statusCode).toBe(200);
      const objects: Array<{
        name: string;
        group: string;
        isCustom?: boolean;
        label?: unknown;
        fields: unknown[];
      }> = res.json().objects;
      const expense = objects.find((o) => o.name === 'expense');
      expect(expense).toEqual({
        name: 'expense',
        group: 'sales',
        isCustom: true,
        label: { 'zh-CN': '费用报销', en: 'Expense claim' },
        fields: expect.arrayContaining([
          { name: 'title', label: { 'zh-CN': '标题', en: 'Title' } },
          { name: 'approverNote', label: { 'zh-CN': '审批备注', en: 'Approver note' } },
        ]),
      });
      const lead = objects.find((o) => o.name === 'lead');
      expect(lead?.group).toBe('sales');
      expect(lead?.isCustom).toBeUndefined();
      expect(lead?.fields).toContainEqual({ name: 'company', label: { 'zh-CN': '公司', en: 'Company' } });
      expect(objects.find((o) => o.name === 'user')?.group).toBe('platform');
    });

    it('grants a custom object to a role: own records only, hidden field absent', async () => {
      const before = (await admin('GET', `/roles/${repRoleId}`)).json();
      const matrix = {
        permissions: { ...before.permissions, expense: { read: 'own', create: 'own', update: 'own' } },
        fields: { ...before.fields, expense: { approverNote: 'hidden' } },
      };
      const saved = await admin('PUT', `/roles/${repRoleId}/permissions`, matrix);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().permissions.expense).toEqual({ read: 'own', create: 'own', update: 'own' });
      expect(saved.json().fields.expense).toEqual({ approverNote: 'hidden' });
      // The rep's own summary (what the web app offers) includes the custom object.
      const me = await call(repCookie, 'GET', '/me');
      expect(me.json().permissions.expense).toEqual({ read: 'own', create: 'own', update: 'own' });

      const mine = await call(repCookie, 'POST', '/objects/expense/records', { title: '差旅报销' });
      expect(mine.statusCode, mine.body).toBe(201);
      expect(mine.json()).not.toHaveProperty('approverNote');
      const theirs = await call(otherRepCookie, 'POST', '/objects/expense/records', { title: '办公用品' });
      expect(theirs.statusCode, theirs.body).toBe(201);
      const byAdmin = await admin('POST', '/objects/expense/records', {
        title: '招待',
        approverNote: '已批',
      });
      expect(byAdmin.statusCode, byAdmin.body).toBe(201);

      const list = await call(repCookie, 'GET', '/objects/expense/records');
      expect(list.statusCode).toBe(200);
      const rows: Array<Record<string, unknown>> = list.json().data;
      expect(rows.map((r) => r.title)).toEqual(['差旅报销']);
      for (const row of rows) expect(row).not.toHaveProperty('approverNote');
      const other = await call(repCookie, 'GET', `/objects/expense/records/${theirs.json().id}`);
      expect([403, 404]).toContain(other.statusCode);
      const adminList = await admin('GET', '/objects/expense/records');
      expect(adminList.json().data).toHaveLength(3);
      expect(adminList.json().data.find((r: { title: string }) => r.title === '招待').approverNote).toBe(
        '已批',
      );
    });

    it('rejects unknown objects and fields in the matrix with 400 and changes nothing', async () => {
      const before = (await admin('GET', `/roles/${repRoleId}`)).json();
      const cases: Array<[unknown, string]> = [
        [
          { permissions: { ...before.permissions, invoice: { read: 'own' } }, fields: before.fields },
          'permission.unknown_object',
        ],
        [
          { permissions: before.permissions, fields: { ...before.fields, expense: { nope: 'hidden' } } },
          'permission.unknown_field',
        ],
        [
          { permissions: before.permissions, fields: { ...before.fields, invoice: { title: 'read' } } },
          'permission.unknown_object',
        ],
      ];
      for (const [matrix, code] of cases) {
        const res = await admin('PUT', `/roles/${repRoleId}/permissions`, matrix);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(code);
      }
      const after = (await admin('GET', `/roles/${repRoleId}`)).json();
      expect(after.permissions).toEqual(before.permissions);
      expect(after.fields).toEqual(before.fields);
    });
  });
}
