import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';

interface Department {
  id: number;
  name: string;
  parentId: number | null;
  path: string;
  sortOrder: number;
  headUser: { id: number; name: string } | null;
  userCount: number;
}

for (const dialect of DIALECTS) {
  describe(`departments (${dialect})`, () => {
    let t: TestApp;
    let adminId: number;

    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie: t.adminCookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const create = async (name: string, parentId: number | null = null, extra: object = {}) => {
      const res = await admin('POST', '/departments', { name, parentId, ...extra });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Department;
    };
    const list = async () => (await admin('GET', '/departments')).json().items as Department[];
    const byId = async () => new Map((await list()).map((d) => [d.id, d]));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      adminId = (await admin('GET', '/me')).json().id;
    });
    afterAll(async () => t?.close());

    it('creates departments with materialised paths, head user, user count and tree order', async () => {
      const root = await create('领航科技');
      expect(root).toMatchObject({
        name: '领航科技',
        parentId: null,
        path: `/${root.id}/`,
        sortOrder: 0,
        userCount: 0,
      });
      const b = await create('销售二部', root.id, { sortOrder: 5 });
      const a = await create('销售一部', root.id, { sortOrder: 1, headUserId: adminId });
      const leaf = await create('上海组', a.id);
      expect(a).toMatchObject({
        path: `/${root.id}/${a.id}/`,
        headUser: { id: adminId, name: '系统管理员' },
      });
      expect(leaf.path).toBe(`/${root.id}/${a.id}/${leaf.id}/`);
      const appended = await create('销售三部', root.id);
      expect(appended.sortOrder).toBe(6);

      await admin('POST', '/users', { username: 'sh.rep', name: 'SH', departmentId: leaf.id, roleIds: [] });
      const items = await list();
      const order = items.map((d) => d.id);
      expect(order.indexOf(root.id)).toBeLessThan(order.indexOf(a.id));
      expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(leaf.id));
      expect(order.indexOf(leaf.id)).toBeLessThan(order.indexOf(b.id));
      expect(order.indexOf(b.id)).toBeLessThan(order.indexOf(appended.id));
      expect(items.find((d) => d.id === leaf.id)?.userCount).toBe(1);

      const audit = await admin('GET', `/audit-log?entityType=department&entityId=${a.id}`);
      expect(audit.json().items[0]).toMatchObject({
        action: 'create',
        changes: { name: [null, '销售一部'], parentId: [null, root.id], headUserId: [null, adminId] },
      });
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select('type')
        .where('aggregate_type', '=', 'department')
        .where('aggregate_id', '=', String(a.id))
        .execute();
      expect(events.map((e) => e.type)).toEqual(['department.created']);
    });

    it('refuses bad input with 400 or 422 and creates nothing', async () => {
      const before = (await list()).length;
      for (const payload of [
        {},
        { name: '' },
        { name: 'x', parentId: 'a' },
        { name: 'x', extra: 1 },
        { name: 'x', sortOrder: 1.5 },
      ]) {
        const res = await admin('POST', '/departments', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().code).toBe('common.validation_failed');
      }
      const missing = await admin('POST', '/departments', { name: 'x', parentId: 99999, headUserId: 99999 });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors).toEqual([
        expect.objectContaining({ field: 'parentId', code: 'department.parent_not_found' }),
        expect.objectContaining({ field: 'headUserId', code: 'department.head_not_found' }),
      ]);
      expect((await list()).length).toBe(before);
    });

    it('moving a department re-paths its whole subtree in one go', async () => {
      const north = await create('华北');
      const south = await create('华南');
      const beijing = await create('北京', north.id);
      const haidian = await create('海淀', beijing.id);
      const chaoyang = await create('朝阳', beijing.id);

      const res = await admin('PATCH', `/departments/${beijing.id}`, {
        parentId: south.id,
        name: '北京（华南管辖）',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        parentId: south.id,
        path: `/${south.id}/${beijing.id}/`,
        name: '北京（华南管辖）',
      });
      const after = await byId();
      expect(after.get(haidian.id)?.path).toBe(`/${south.id}/${beijing.id}/${haidian.id}/`);
      expect(after.get(chaoyang.id)?.path).toBe(`/${south.id}/${beijing.id}/${chaoyang.id}/`);
      expect(after.get(north.id)?.path).toBe(`/${north.id}/`);

      const toTop = await admin('PATCH', `/departments/${beijing.id}`, { parentId: null });
      expect(toTop.json()).toMatchObject({ parentId: null, path: `/${beijing.id}/` });
      expect((await byId()).get(haidian.id)?.path).toBe(`/${beijing.id}/${haidian.id}/`);

      const audit = await admin(
        'GET',
        `/audit-log?entityType=department&entityId=${beijing.id}&action=update`,
      );
      expect(audit.json().items[0].changes).toEqual({
        parentId: [south.id, null],
        path: [`/${south.id}/${beijing.id}/`, `/${beijing.id}/`],
      });
    });

    it('a move under itself or a descendant is a 422 department.cycle and changes nothing', async () => {
      const top = await create('集团');
      const mid = await create('事业部', top.id);
      const low = await create('小组', mid.id);
      const before = await list();
      for (const parentId of [top.id, mid.id, low.id]) {
        const res = await admin('PATCH', `/departments/${top.id}`, { parentId });
        expect(res.statusCode).toBe(422);
        expect(res.json().errors).toEqual([
          {
            field: 'parentId',
            code: 'department.cycle',
            message: 'A department cannot be moved under itself or one of its sub-departments',
          },
        ]);
      }
      const missing = await admin('PATCH', `/departments/${mid.id}`, { parentId: 99999 });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors[0].code).toBe('department.parent_not_found');
      expect(await list()).toEqual(before);
      expect((await admin('PATCH', '/departments/99999', { name: 'x' })).statusCode).toBe(404);
    });

    it('a manager of a moved department sees users of the new subtree', async () => {
      const region = await create('西区');
      const team = await create('成都组');
      const managerRes = await admin('POST', '/users', {
        username: 'west.manager',
        name: 'West',
        departmentId: region.id,
        roleIds: [
          (
            await t.database.db
              .selectFrom('roles')
              .select('id')
              .where('key', '=', 'salesManager')
              .executeTakeFirstOrThrow()
          ).id,
        ],
        password: 'manager-Password-1',
      });
      expect(managerRes.statusCode).toBe(201);
      const rep = (
        await admin('POST', '/users', { username: 'cd.rep', name: 'CD', departmentId: team.id, roleIds: [] })
      ).json().user;
      const manager = await t.login('west.manager', 'manager-Password-1');
      const get = () =>
        t.app.inject({ method: 'GET', url: `/api/v1/users/${rep.id}`, headers: { cookie: manager } });
      expect((await get()).statusCode).toBe(404);
      expect((await admin('PATCH', `/departments/${team.id}`, { parentId: region.id })).statusCode).toBe(200);
      expect((await get()).statusCode).toBe(200);
    });

    it('deletes only empty departments (409 department.not_empty otherwise)', async () => {
      const parent = await create('待撤销');
      const child = await create('子部门', parent.id);
      const withChild = await admin('DELETE', `/departments/${parent.id}`);
      expect(withChild.statusCode).toBe(409);
      expect(withChild.json()).toMatchObject({ code: 'department.not_empty' });
      expect(withChild.json().detail).toContain('1 sub-departments and 0 users');

      const user = (
        await admin('POST', '/users', {
          username: 'in.child',
          name: 'x',
          departmentId: child.id,
          roleIds: [],
        })
      ).json().user;
      const withUser = await admin('DELETE', `/departments/${child.id}`);
      expect(withUser.statusCode).toBe(409);
      expect((await byId()).has(child.id)).toBe(true);

      expect((await admin('PATCH', `/users/${user.id}`, { departmentId: null })).statusCode).toBe(200);
      expect((await admin('DELETE', `/departments/${child.id}`)).statusCode).toBe(204);
      expect((await admin('DELETE', `/departments/${parent.id}`)).statusCode).toBe(204);
      expect((await byId()).has(parent.id)).toBe(false);
      expect((await admin('DELETE', `/departments/${parent.id}`)).statusCode).toBe(404);

      const audit = await admin(
        'GET',
        `/audit-log?entityType=department&entityId=${parent.id}&action=delete`,
      );
      expect(audit.json().items[0].changes.name).toEqual(['待撤销', null]);
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select('type')
        .where('aggregate_id', '=', String(parent.id))
        .where('aggregate_type', '=', 'department')
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.type)).toEqual(['department.created', 'department.deleted']);
    });

    it('a sales rep may read the tree but not change it', async () => {
      const repRole = await t.database.db
        .selectFrom('roles')
        .select('id')
        .where('key', '=', 'salesRep')
        .executeTakeFirstOrThrow();
      await admin('POST', '/users', {
        username: 'dept.rep',
        name: 'Rep',
        roleIds: [repRole.id],
        password: 'rep-Password-1',
      });
      const rep = await t.login('dept.rep', 'rep-Password-1');
      const some = (await list())[0]!;
      const as = (method: InjectOptions['method'], url: string, payload?: object) =>
        t.app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie: rep },
          ...(payload ? { payload } : {}),
        });
      expect((await as('GET', '/departments')).statusCode).toBe(200);
      expect((await as('POST', '/departments', { name: 'x' })).statusCode).toBe(403);
      expect((await as('PATCH', `/departments/${some.id}`, { name: 'x' })).statusCode).toBe(403);
      expect((await as('DELETE', `/departments/${some.id}`)).statusCode).toBe(403);
      expect((await byId()).get(some.id)?.name).toBe(some.name);
    });
  });
}
