import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertDepartment, insertUser } from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

for (const dialect of DIALECTS) {
  describe(`people directory (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const east = await insertDepartment(t.database.db, '华东大区');
      ids.wang = await insertUser(t.database.db, {
        username: 'wang.fang',
        name: '王芳',
        email: 'wang.fang@example.cn',
        departmentId: east.id,
        roles: ['salesRep'],
      });
      ids.li = await insertUser(t.database.db, { username: 'li.na', name: '李娜', roles: ['salesRep'] });
      ids.gone = await insertUser(t.database.db, { username: 'zhao.lei', name: '赵磊', roles: ['salesRep'] });
      await t.database.db
        .updateTable('users')
        .set({ status: 'disabled' })
        .where('id', '=', ids.gone)
        .execute();
      repCookie = await t.login('li.na', FIXTURE_PASSWORD);
    });
    afterAll(() => t?.close());

    it('lets a rep find colleagues by name with their department, and no contact details', async () => {
      const res = await t.call(repCookie, 'GET', `/people?q=${encodeURIComponent('王')}`);
      expect(res.statusCode, res.body).toBe(200);
      const { items } = res.json();
      expect(items).toEqual([
        { id: ids.wang, name: '王芳', username: 'wang.fang', departmentName: '华东大区', active: true },
      ]);
      expect(res.body).not.toContain('example.cn');
    });

    it('lists active people only when searching, but names anyone asked for by id', async () => {
      const all = await t.call(repCookie, 'GET', '/people?limit=100');
      const names = all.json().items.map((person: { name: string }) => person.name);
      expect(names).toEqual(expect.arrayContaining(['王芳', '李娜']));
      expect(names).not.toContain('赵磊');

      const byId = await t.call(repCookie, 'GET', `/people?ids=${ids.gone},${ids.wang}`);
      expect(byId.statusCode).toBe(200);
      expect(
        byId.json().items.map((person: { id: number; active: boolean }) => [person.id, person.active]),
      ).toEqual(
        expect.arrayContaining([
          [ids.gone, false],
          [ids.wang, true],
        ]),
      );
    });

    it('treats LIKE wildcards in the search as plain text', async () => {
      const res = await t.call(repCookie, 'GET', '/people?q=%25');
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    });

    it('refuses strangers and malformed ids', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/people' });
      expect(anonymous.statusCode).toBe(401);
      const bad = await t.call(repCookie, 'GET', '/people?ids=1,x');
      expect(bad.statusCode).toBe(400);
      const tooMany = await t.call(repCookie, 'GET', '/people?limit=1000');
      expect(tooMany.statusCode).toBe(400);
    });
  });
}
