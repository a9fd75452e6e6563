import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

const PASSWORD = 'user-Password-1';

for (const dialect of DIALECTS) {
  describe(`users: data scope and field access (${dialect})`, () => {
    let t: TestApp;
    let roleIds: Record<string, number>;
    const ids: Record<string, number> = {};
    const dept: Record<string, number> = {};

    const api = (method: InjectOptions['method'], url: string, cookie: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      api(method, url, t.adminCookie, payload);

    /** A custom role with the given user grants and field access, inserted as an admin would configure it. */
    const insertRole = async (
      name: string,
      grants: Array<[action: string, scope: string]>,
      fields: Array<[field: string, access: string]> = [],
    ) => {
      const now = new Date().toISOString();
      const { id } = await t.database.db
        .insertInto('roles')
        .values({ key: null, name, description: null, is_admin: false, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [action, scope] of grants) {
        await t.database.db
          .insertInto('role_permissions')
          .values({ role_id: id, object: 'user', action, scope })
          .execute();
      }
      for (const [field, access] of fields) {
        await t.database.db
          .insertInto('role_field_permissions')
          .values({ role_id: id, object: 'user', field, access })
          .execute();
      }
      return id;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const roles = await t.database.db.selectFrom('roles').select(['id', 'key']).execute();
      roleIds = Object.fromEntries(roles.map((r) => [r.key ?? '', r.id]));
      // 总部 > 华东大区 > 上海团队 ; 总部 > 华南大区
      for (const [key, name, parent] of [
        ['hq', '总部', null],
        ['east', '华东大区', 'hq'],
        ['shanghai', '上海团队', 'east'],
        ['south', '华南大区', 'hq'],
      ] as const) {
        const res = await admin('POST', '/departments', { name, parentId: parent ? dept[parent] : null });
        expect(res.statusCode, res.body).toBe(201);
        dept[key] = res.json().id;
      }
      for (const [key, departmentId, role] of [
        ['eastManager', dept.east, 'salesManager'],
        ['eastRep', dept.east, 'salesRep'],
        ['shanghaiRep', dept.shanghai, 'salesRep'],
        ['southRep', dept.south, 'salesRep'],
        ['hqRep', dept.hq, 'salesRep'],
      ] as const) {
        const res = await admin('POST', '/users', {
          username: key.toLowerCase(),
          name: key,
          email: `${key.toLowerCase()}@example.com`,
          departmentId,
          roleIds: [roleIds[role]],
          password: PASSWORD,
        });
        expect(res.statusCode, res.body).toBe(201);
        ids[key] = res.json().user.id;
      }
    });
    afterAll(async () => t?.close());

    it('a sales manager lists only users of their department and below', async () => {
      const manager = await t.login('eastmanager', PASSWORD);
      const res = await api('GET', '/users', manager);
      expect(res.statusCode).toBe(200);
      const seen = res
        .json()
        .items.map((u: { id: number }) => u.id)
        .sort();
      expect(seen).toEqual([ids.eastManager, ids.eastRep, ids.shanghaiRep].sort());

      const sub = await api('GET', `/users?departmentId=${dept.east}&includeSubDepartments=true`, manager);
      expect(
        sub
          .json()
          .items.map((u: { id: number }) => u.id)
          .sort(),
      ).toEqual(seen);
      const direct = await api(
        'GET',
        `/users?departmentId=${dept.east}&includeSubDepartments=false`,
        manager,
      );
      expect(
        direct
          .json()
          .items.map((u: { id: number }) => u.id)
          .sort(),
      ).toEqual([ids.eastManager, ids.eastRep].sort());
      // Filters never widen the scope.
      const south = await api('GET', `/users?departmentId=${dept.south}`, manager);
      expect(south.json().items).toEqual([]);

      expect((await api('GET', `/users/${ids.shanghaiRep}`, manager)).statusCode).toBe(200);
      const outside = await api('GET', `/users/${ids.southRep}`, manager);
      expect(outside.statusCode).toBe(404);
      expect(outside.json().code).toBe('common.not_found');
      expect((await api('GET', `/users/${ids.hqRep}`, manager)).statusCode).toBe(404);
    });

    it('the admin sees a whole subtree with includeSubDepartments', async () => {
      const res = await admin('GET', `/users?departmentId=${dept.hq}&includeSubDepartments=true`);
      expect(res.json().items).toHaveLength(5);
      expect((await admin('GET', `/users?includeSubDepartments=maybe`)).statusCode).toBe(400);
    });

    it('a field hidden by the role is absent from list and detail responses, and not searchable', async () => {
      const roleId = await insertRole('通讯录', [['read', 'all']], [['email', 'hidden']]);
      const res = await admin('POST', '/users', {
        username: 'directory',
        name: 'Directory',
        email: 'directory@example.com',
        roleIds: [roleId],
        password: PASSWORD,
      });
      expect(res.statusCode).toBe(201);
      const viewer = await t.login('directory', PASSWORD);

      const list = await api('GET', '/users', viewer);
      expect(list.statusCode).toBe(200);
      expect(list.json().items.length).toBeGreaterThan(5);
      for (const user of list.json().items) {
        expect(user).not.toHaveProperty('email');
        expect(user).toHaveProperty('name');
        expect(user).toHaveProperty('phone');
      }
      const one = await api('GET', `/users/${ids.eastRep}`, viewer);
      expect(one.statusCode).toBe(200);
      expect(one.json()).not.toHaveProperty('email');
      expect(one.json()).toMatchObject({ id: ids.eastRep, name: 'eastRep', department: { id: dept.east } });
      expect(one.body).not.toContain('eastrep@example.com');
      const search = await api('GET', '/users?q=eastrep%40example', viewer);
      expect(search.json().items).toEqual([]);

      // The admin still sees it.
      expect((await admin('GET', `/users/${ids.eastRep}`)).json().email).toBe('eastrep@example.com');
    });

    it('a field the role may only read cannot be changed (403), nothing changes', async () => {
      const roleId = await insertRole(
        '人事专员',
        [
          ['read', 'all'],
          ['update', 'all'],
        ],
        [['phone', 'read']],
      );
      await admin('POST', '/users', {
        username: 'hr.clerk',
        name: 'HR',
        roleIds: [roleId],
        password: PASSWORD,
      });
      const hr = await t.login('hr.clerk', PASSWORD);
      const res = await api('PATCH', `/users/${ids.eastRep}`, hr, { name: 'Renamed', phone: '110' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'permission.field_read_only', errors: [{ field: 'phone' }] });
      expect((await admin('GET', `/users/${ids.eastRep}`)).json()).toMatchObject({
        name: 'eastRep',
        phone: null,
      });
      const ok = await api('PATCH', `/users/${ids.eastRep}`, hr, { name: 'East rep' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().name).toBe('East rep');
    });

    it('updates are limited to the viewer’s update scope', async () => {
      const roleId = await insertRole('区域主管', [
        ['read', 'departmentAndBelow'],
        ['update', 'departmentAndBelow'],
      ]);
      const res = await admin('POST', '/users', {
        username: 'east.lead',
        name: 'East lead',
        departmentId: dept.east,
        roleIds: [roleId],
        password: PASSWORD,
      });
      expect(res.statusCode).toBe(201);
      const lead = await t.login('east.lead', PASSWORD);

      const inside = await api('PATCH', `/users/${ids.shanghaiRep}`, lead, { phone: '13900000000' });
      expect(inside.statusCode, inside.body).toBe(200);
      const outside = await api('PATCH', `/users/${ids.southRep}`, lead, { phone: '13900000000' });
      expect(outside.statusCode).toBe(404);
      const resetOutside = await api('POST', `/users/${ids.southRep}/reset-password`, lead, {});
      expect(resetOutside.statusCode).toBe(404);
      const moveOut = await api('PATCH', `/users/${ids.shanghaiRep}`, lead, { departmentId: dept.south });
      expect(moveOut.statusCode).toBe(403);
      expect(moveOut.json().code).toBe('user.department_outside_scope');
      const south = (await admin('GET', `/users/${ids.southRep}`)).json();
      expect(south.phone).toBeNull();
      expect((await admin('GET', `/users/${ids.shanghaiRep}`)).json().department.id).toBe(dept.shanghai);
    });

    it('a user readable but outside the update scope is a 403, not a 404', async () => {
      const roleId = await insertRole('只读全员', [
        ['read', 'all'],
        ['update', 'own'],
      ]);
      await admin('POST', '/users', {
        username: 'self.editor',
        name: 'Self',
        roleIds: [roleId],
        password: PASSWORD,
      });
      const viewer = await t.login('self.editor', PASSWORD);
      const res = await api('PATCH', `/users/${ids.eastRep}`, viewer, { name: 'x' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('user.outside_scope');
      const me = (await api('GET', '/me', viewer)).json();
      expect((await api('PATCH', `/users/${me.id}`, viewer, { name: 'Self edited' })).statusCode).toBe(200);
    });
  });
}
