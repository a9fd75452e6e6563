import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { encodeCursor } from '../../http/pagination.ts';

const PASSWORD = 'user-Password-1';

for (const dialect of DIALECTS) {
  describe(`users (${dialect})`, () => {
    let t: TestApp;
    let roleIds: Record<string, number>;
    let adminId: number;

    const api = (method: InjectOptions['method'], url: string, cookie: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': 'en' },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const admin = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      api(method, url, t.adminCookie, payload);
    const countUsers = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const createUser = async (body: Record<string, unknown>) => {
      const res = await admin('POST', '/users', { password: PASSWORD, roleIds: [], ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().user as { id: number } & Record<string, unknown>;
    };
    const createDepartment = async (name: string, parentId: number | null = null) => {
      const res = await admin('POST', '/departments', { name, parentId });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number; path: string };
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const roles = await t.database.db.selectFrom('roles').select(['id', 'key']).execute();
      roleIds = Object.fromEntries(roles.map((r) => [r.key ?? '', r.id]));
      adminId = (await admin('GET', '/me')).json().id;
    });
    afterAll(async () => t?.close());

    it('creates a user with a generated password shown once, and they can sign in', async () => {
      const dept = await createDepartment('华东销售部');
      const res = await admin('POST', '/users', {
        username: 'Zhang.Wei',
        name: '张伟',
        email: 'Zhang.Wei@Example.com',
        phone: '13800000000',
        departmentId: dept.id,
        roleIds: [roleIds.salesRep],
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body.initialPassword).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(body.user).toMatchObject({
        username: 'zhang.wei',
        name: '张伟',
        email: 'zhang.wei@example.com',
        phone: '13800000000',
        department: { id: dept.id, name: '华东销售部' },
        manager: null,
        status: 'active',
        locale: 'zh-CN',
        roles: [{ id: roleIds.salesRep, key: 'salesRep', name: '销售' }],
        lastLoginAt: null,
      });
      expect(await t.login('zhang.wei', body.initialPassword)).toContain('lodestar_session=');

      const got = await admin('GET', `/users/${body.user.id}`);
      expect(got.statusCode).toBe(200);
      expect(got.json().lastLoginAt).toEqual(expect.any(String));
    });

    it('refuses malformed input with 400 and changes nothing', async () => {
      const before = await countUsers();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ username: 'ab', name: 'x', roleIds: [] }, 'username'],
        [{ username: 'has space', name: 'x', roleIds: [] }, 'username'],
        [{ username: 'okname', name: '', roleIds: [] }, 'name'],
        [{ username: 'okname', name: 'x', roleIds: [], email: 'not-an-email' }, 'email'],
        [{ username: 'okname', name: 'x', roleIds: [], password: 'short' }, 'password'],
        [{ username: 'okname', name: 'x' }, 'roleIds'],
        [{ username: 'okname', name: 'x', roleIds: ['1'] }, 'roleIds.0'],
      ];
      for (const [payload, field] of cases) {
        const res = await admin('POST', '/users', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('common.validation_failed');
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      const unknownKey = await admin('POST', '/users', {
        username: 'okname',
        name: 'x',
        roleIds: [],
        isAdmin: true,
      });
      expect(unknownKey.statusCode).toBe(400);
      expect(await countUsers()).toBe(before);
    });

    it('answers taken usernames and emails and missing references with 422 field errors, changing nothing', async () => {
      await createUser({ username: 'taken', name: 'Taken', email: 'taken@example.com' });
      const before = await countUsers();
      const res = await admin('POST', '/users', {
        username: 'TAKEN',
        name: 'Dup',
        email: 'TAKEN@example.com',
        departmentId: 99999,
        managerId: 99999,
        roleIds: [roleIds.salesRep, 99999],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('common.invalid_fields');
      expect(res.json().errors).toEqual(
        expect.arrayContaining([
          { field: 'username', code: 'user.username_taken', message: 'This username is already taken' },
          { field: 'email', code: 'user.email_taken', message: expect.any(String) },
          { field: 'departmentId', code: 'user.department_not_found', message: expect.any(String) },
          { field: 'managerId', code: 'user.manager_not_found', message: expect.any(String) },
          { field: 'roleIds', code: 'user.role_not_found', message: 'No such role: 99999' },
        ]),
      );
      expect(await countUsers()).toBe(before);
    });

    it('updates fields and roles, audits old → new and emits user.updated in the same transaction', async () => {
      const user = await createUser({ username: 'li.na', name: '李娜', roleIds: [roleIds.salesRep] });
      const res = await admin('PATCH', `/users/${user.id}`, {
        name: '李娜娜',
        phone: '021-12345678',
        locale: 'en',
        roleIds: [roleIds.salesManager],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        name: '李娜娜',
        phone: '021-12345678',
        locale: 'en',
        roles: [{ key: 'salesManager' }],
      });

      const audit = await admin('GET', `/audit-log?entityType=user&entityId=${user.id}`);
      expect(audit.statusCode).toBe(200);
      const [update, create] = audit.json().items;
      expect(update).toMatchObject({
        action: 'update',
        entityType: 'user',
        entityId: String(user.id),
        actor: { id: adminId, name: '系统管理员' },
        changes: {
          name: ['李娜', '李娜娜'],
          phone: [null, '021-12345678'],
          locale: ['zh-CN', 'en'],
          roleIds: [[roleIds.salesRep], [roleIds.salesManager]],
        },
        requestId: expect.any(String),
      });
      expect(create).toMatchObject({ action: 'create', changes: { password: ['***', '***'] } });
      expect(JSON.stringify(audit.json())).not.toContain(PASSWORD);

      const events = await t.database.db
        .selectFrom('outbox_events')
        .select(['type', 'payload', 'actor_user_id'])
        .where('aggregate_type', '=', 'user')
        .where('aggregate_id', '=', String(user.id))
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.type)).toEqual(['user.created', 'user.updated']);
      expect(events[1]?.actor_user_id).toBe(adminId);
      expect(JSON.parse(events[1]!.payload).changes.name).toEqual(['李娜', '李娜娜']);

      // A change that changes nothing writes nothing.
      const again = await admin('PATCH', `/users/${user.id}`, { name: '李娜娜' });
      expect(again.statusCode).toBe(200);
      const after = await admin('GET', `/audit-log?entityType=user&entityId=${user.id}`);
      expect(after.json().items).toHaveLength(2);
    });

    it('refuses a bad PATCH with 400/422 and leaves the user as it was', async () => {
      const user = await createUser({ username: 'wang.fang', name: '王芳', email: 'wf@example.com' });
      const other = await createUser({ username: 'other.one', name: 'Other', email: 'other@example.com' });
      const snapshot = (await admin('GET', `/users/${user.id}`)).json();

      const bad = await admin('PATCH', `/users/${user.id}`, { status: 'deleted' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('status');
      const username = await admin('PATCH', `/users/${user.id}`, { username: 'renamed' });
      expect(username.statusCode).toBe(400);

      const taken = await admin('PATCH', `/users/${user.id}`, { name: 'New', email: 'OTHER@example.com' });
      expect(taken.statusCode).toBe(422);
      expect(taken.json().errors).toEqual([
        expect.objectContaining({ field: 'email', code: 'user.email_taken' }),
      ]);

      const self = await admin('PATCH', `/users/${user.id}`, { managerId: user.id });
      expect(self.statusCode).toBe(422);
      expect(self.json().errors[0]).toMatchObject({ field: 'managerId', code: 'user.manager_self' });

      expect((await admin('PATCH', `/users/${other.id}`, { managerId: user.id })).statusCode).toBe(200);
      const cycle = await admin('PATCH', `/users/${user.id}`, { managerId: other.id });
      expect(cycle.statusCode).toBe(422);
      expect(cycle.json().errors[0]).toMatchObject({ field: 'managerId', code: 'user.manager_cycle' });

      const missing = await admin('PATCH', `/users/${user.id}`, { departmentId: 424242 });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors[0]).toMatchObject({
        field: 'departmentId',
        code: 'user.department_not_found',
      });

      expect((await admin('GET', `/users/${user.id}`)).json()).toEqual(snapshot);
      expect((await admin('PATCH', '/users/999999', { name: 'x' })).statusCode).toBe(404);
      expect((await admin('PATCH', '/users/abc', { name: 'x' })).statusCode).toBe(400);
    });

    it('keeps the last active administrator (409) and lets a second admin go', async () => {
      const second = await createUser({ username: 'admin2', name: 'Second admin', roleIds: [roleIds.admin] });
      // With two admins, one may be disabled.
      const disable = await admin('PATCH', `/users/${second.id}`, { status: 'disabled' });
      expect(disable.statusCode).toBe(200);

      const selfDisable = await admin('PATCH', `/users/${adminId}`, { status: 'disabled' });
      expect(selfDisable.statusCode).toBe(409);
      expect(selfDisable.json()).toMatchObject({ code: 'user.last_admin' });
      const demote = await admin('PATCH', `/users/${adminId}`, { roleIds: [roleIds.salesManager] });
      expect(demote.statusCode).toBe(409);
      expect((await admin('GET', '/me')).json()).toMatchObject({ isAdmin: true });

      // Back to two active admins: now the second one may lose the role.
      expect((await admin('PATCH', `/users/${second.id}`, { status: 'active' })).statusCode).toBe(200);
      const demoteSecond = await admin('PATCH', `/users/${second.id}`, { roleIds: [roleIds.salesRep] });
      expect(demoteSecond.statusCode).toBe(200);
    });

    it('disabling a user ends their sessions; a disabled user cannot sign in', async () => {
      const user = await createUser({ username: 'leaving', name: 'Leaving' });
      const cookie = await t.login('leaving', PASSWORD);
      expect((await api('GET', '/me', cookie)).statusCode).toBe(200);
      expect((await admin('PATCH', `/users/${user.id}`, { status: 'disabled' })).statusCode).toBe(200);
      expect((await api('GET', '/me', cookie)).statusCode).toBe(401);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'leaving', password: PASSWORD },
      });
      expect(login.statusCode).toBe(403);
      const sessions = await t.database.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', user.id)
        .execute();
      expect(sessions).toEqual([]);
    });

    it('an admin password reset ends the user’s sessions and the new password works', async () => {
      const user = await createUser({ username: 'forgetful', name: 'Forgetful' });
      const cookie = await t.login('forgetful', PASSWORD);
      const generated = await admin('POST', `/users/${user.id}/reset-password`);
      expect(generated.statusCode, generated.body).toBe(200);
      const { password } = generated.json();
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      expect((await api('GET', '/me', cookie)).statusCode).toBe(401);
      const fresh = await t.login('forgetful', password);

      const chosen = await admin('POST', `/users/${user.id}/reset-password`, {
        password: 'chosen-Password-9',
      });
      expect(chosen.json()).toEqual({ password: 'chosen-Password-9' });
      expect((await api('GET', '/me', fresh)).statusCode).toBe(401);
      await t.login('forgetful', 'chosen-Password-9');

      const tooShort = await admin('POST', `/users/${user.id}/reset-password`, { password: 'short' });
      expect(tooShort.statusCode).toBe(400);
      await t.login('forgetful', 'chosen-Password-9');

      const audit = await admin(
        'GET',
        `/audit-log?entityType=user&entityId=${user.id}&action=reset_password`,
      );
      expect(audit.json().items).toHaveLength(2);
      expect(audit.json().items[0].changes).toEqual({ password: ['***', '***'] });
      const events = await t.database.db
        .selectFrom('outbox_events')
        .select('type')
        .where('aggregate_id', '=', String(user.id))
        .where('type', '=', 'user.password_reset')
        .execute();
      expect(events).toHaveLength(2);
    });

    it('pages through users with an opaque cursor; a bad cursor is a 400', async () => {
      const all: number[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/users?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res = await admin('GET', url);
        expect(res.statusCode).toBe(200);
        const page = res.json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        all.push(...page.items.map((u: { id: number }) => u.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(all).toEqual([...all].sort((a, b) => a - b));
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBe(await countUsers());

      for (const bad of ['garbage!', encodeCursor(['x']), encodeCursor([1, 2]), 'e30']) {
        const res = await admin('GET', `/users?cursor=${encodeURIComponent(bad)}`);
        expect(res.statusCode, bad).toBe(400);
        expect(res.json().code).toBe('common.invalid_cursor');
      }
      expect((await admin('GET', '/users?limit=0')).statusCode).toBe(400);
      expect((await admin('GET', '/users?limit=201')).statusCode).toBe(400);
      expect((await admin('GET', '/users?status=gone')).statusCode).toBe(400);
    });

    it('filters by q, status and role', async () => {
      await createUser({ username: 'search.me', name: '查找我', email: 'findme@example.com' });
      const byName = await admin('GET', `/users?q=${encodeURIComponent('查找')}`);
      expect(byName.json().items.map((u: { username: string }) => u.username)).toEqual(['search.me']);
      const byEmail = await admin('GET', '/users?q=FINDME');
      expect(byEmail.json().items.map((u: { username: string }) => u.username)).toEqual(['search.me']);
      const wildcard = await admin('GET', '/users?q=%25');
      expect(wildcard.json().items).toEqual([]);
      const disabled = await admin('GET', '/users?status=disabled');
      expect(disabled.json().items.every((u: { status: string }) => u.status === 'disabled')).toBe(true);
      const admins = await admin('GET', `/users?roleId=${roleIds.admin}`);
      expect(admins.json().items.map((u: { id: number }) => u.id)).toContain(adminId);
      expect(
        admins
          .json()
          .items.every((u: { roles: Array<{ key: string }> }) => u.roles.some((r) => r.key === 'admin')),
      ).toBe(true);
    });

    it('refuses a sales rep on the admin endpoints with 403', async () => {
      await createUser({ username: 'rep.only', name: 'Rep', roleIds: [roleIds.salesRep] });
      const rep = await t.login('rep.only', PASSWORD);
      const before = await countUsers();
      for (const [method, url, payload] of [
        ['GET', '/users', undefined],
        ['GET', `/users/${adminId}`, undefined],
        ['POST', '/users', { username: 'sneaky', name: 'x', roleIds: [] }],
        ['PATCH', `/users/${adminId}`, { name: 'pwned' }],
        ['POST', `/users/${adminId}/reset-password`, {}],
        ['GET', '/audit-log', undefined],
        ['GET', '/settings', undefined],
        ['PATCH', '/settings', { company: { name: 'x' } }],
        ['POST', '/departments', { name: 'x' }],
        ['GET', '/api-keys', undefined],
        ['POST', '/api-keys', { name: 'x', scopes: ['read'] }],
      ] as const) {
        const res = await api(method, url, rep, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().code).toBe('auth.forbidden');
      }
      expect(await countUsers()).toBe(before);
      expect((await admin('GET', '/me')).json().name).toBe('系统管理员');
    });

    it('a non-admin with user.create cannot grant the admin role', async () => {
      const now = new Date().toISOString();
      const { id: roleId } = await t.database.db
        .insertInto('roles')
        .values({
          key: null,
          name: 'HR',
          description: null,
          is_admin: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.database.db
        .insertInto('role_permissions')
        .values(
          (['read', 'create', 'update'] as const).map((action) => ({
            role_id: roleId,
            object: 'user',
            action,
            scope: 'all',
          })),
        )
        .execute();
      await createUser({ username: 'hr.person', name: 'HR', roleIds: [roleId] });
      const hr = await t.login('hr.person', PASSWORD);
      const before = await countUsers();
      const res = await api('POST', '/users', hr, {
        username: 'new.boss',
        name: 'Boss',
        roleIds: [roleIds.admin],
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('user.admin_role_forbidden');
      expect(await countUsers()).toBe(before);
      const self = (await api('GET', '/me', hr)).json();
      const promote = await api('PATCH', `/users/${self.id}`, hr, { roleIds: [roleId, roleIds.admin] });
      expect(promote.statusCode).toBe(403);
      expect((await api('GET', '/me', hr)).json().isAdmin).toBe(false);
      // Nor take over an administrator account by resetting its password or changing it.
      const reset = await api('POST', `/users/${adminId}/reset-password`, hr, {});
      expect(reset.statusCode).toBe(403);
      expect(reset.json().code).toBe('user.admin_target_forbidden');
      expect((await api('PATCH', `/users/${adminId}`, hr, { email: 'hr@example.com' })).statusCode).toBe(403);
      await t.login('admin', ADMIN_PASSWORD);
      expect((await admin('GET', `/users/${adminId}`)).json().email).toBeNull();
      const ok = await api('POST', '/users', hr, {
        username: 'new.rep',
        name: 'Rep',
        roleIds: [roleIds.salesRep],
      });
      expect(ok.statusCode).toBe(201);
    });
  });
}
