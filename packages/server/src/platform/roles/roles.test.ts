import { ACTIONS, KNOWN_OBJECTS } from '@lodestar/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_PASSWORD,
  insertApiKey,
  insertUser,
  roleIdByKey,
} from '../../../test/support/org-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { translate } from '../i18n.ts';
import '../permissions/field-access.ts';
import './role.errors.ts';

describe('role and permission error messages', () => {
  it('exist in both languages', () => {
    const codes = [
      'role.not_found',
      'role.admin_immutable',
      'role.built_in',
      'role.in_use',
      'role.name_taken',
      'role.copy_source_missing',
      'permission.unknown_object',
      'permission.unknown_field',
      'permission.field_read_only',
    ];
    for (const code of codes) {
      const zh = translate('zh-CN', code);
      const en = translate('en', code);
      expect(zh, code).not.toBe(code);
      expect(en, code).not.toBe(code);
      expect(zh, code).not.toBe(en);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`roles API (${dialect})`, () => {
    let t: TestApp;
    let repCookie: string;
    let adminRoleId: number;
    let repRoleId: number;
    let managerRoleId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      adminRoleId = await roleIdByKey(db, 'admin');
      repRoleId = await roleIdByKey(db, 'salesRep');
      managerRoleId = await roleIdByKey(db, 'salesManager');
      await insertUser(db, { username: 'rep.roles', roles: ['salesRep'] });
      repCookie = await t.login('rep.roles', FIXTURE_PASSWORD);
    });
    afterAll(async () => t?.close());

    const as = (cookie: string, lang = 'en') => ({ cookie, 'accept-language': lang });
    const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: as(t.adminCookie),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const auditOf = (roleId: number) =>
      t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', 'role')
        .where('entity_id', '=', String(roleId))
        .orderBy('id')
        .execute();
    const eventsOf = (roleId: number) =>
      t.database.db
        .selectFrom('outbox_events')
        .selectAll()
        .where('aggregate_type', '=', 'role')
        .where('aggregate_id', '=', String(roleId))
        .orderBy('id')
        .execute();

    it('lists the built-in roles with the number of users holding each', async () => {
      const res = await req('GET', '/roles');
      expect(res.statusCode).toBe(200);
      const items = res.json().items as Array<Record<string, unknown>>;
      expect(items.map((r) => r.key)).toEqual(['admin', 'salesManager', 'salesRep']);
      expect(items[0]).toMatchObject({ name: '系统管理员', isAdmin: true, userCount: 1 });
      expect(items[2]).toMatchObject({ isAdmin: false, userCount: 1 });
      expect(items[0]).not.toHaveProperty('is_admin');
    });

    it('shows the matrix of a role, and the admin role as everything', async () => {
      const rep = (await req('GET', `/roles/${repRoleId}`)).json();
      expect(rep.permissions.lead).toEqual({ read: 'own', create: 'own', update: 'own', export: 'own' });
      expect(rep.permissions.user).toBeUndefined();
      expect(rep.fields).toEqual({ product: { cost: 'hidden' } });
      const admin = (await req('GET', `/roles/${adminRoleId}`)).json();
      expect(admin.isAdmin).toBe(true);
      expect(Object.keys(admin.permissions).sort()).toEqual([...KNOWN_OBJECTS].sort());
      expect(admin.permissions.setting).toEqual(Object.fromEntries(ACTIONS.map((a) => [a, 'all'])));
    });

    it('answers 404 for an unknown role and 400 for a malformed id', async () => {
      const missing = await req('GET', '/roles/999999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'role.not_found', detail: 'No such role' });
      const malformed = await req('GET', '/roles/abc');
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().code).toBe('common.validation_failed');
    });

    it('creates a role, audits it and announces it', async () => {
      const res = await req('POST', '/roles', { name: '  区域经理  ', description: 'Regional' });
      expect(res.statusCode).toBe(201);
      const role = res.json();
      expect(role).toMatchObject({
        name: '区域经理',
        description: 'Regional',
        key: null,
        isAdmin: false,
        userCount: 0,
        permissions: {},
        fields: {},
      });
      const audit = await auditOf(role.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'create', actor_user_id: expect.any(Number) });
      expect(JSON.parse(audit[0]!.changes!)).toEqual({
        name: [null, '区域经理'],
        description: [null, 'Regional'],
      });
      expect((await eventsOf(role.id)).map((e) => e.type)).toEqual(['role.created']);
    });

    it('copies the matrix of another role; a copy of the admin role is a plain role with every grant', async () => {
      const copy = await req('POST', '/roles', { name: 'Rep copy', copyFromRoleId: repRoleId });
      expect(copy.statusCode).toBe(201);
      const rep = (await req('GET', `/roles/${repRoleId}`)).json();
      expect(copy.json().permissions).toEqual(rep.permissions);

      const adminCopy = await req('POST', '/roles', { name: 'Admin copy', copyFromRoleId: adminRoleId });
      expect(adminCopy.statusCode).toBe(201);
      expect(adminCopy.json().isAdmin).toBe(false);
      expect(adminCopy.json().permissions.user).toEqual(Object.fromEntries(ACTIONS.map((a) => [a, 'all'])));
      const rows = await t.database.db
        .selectFrom('role_permissions')
        .select('object')
        .where('role_id', '=', adminCopy.json().id)
        .execute();
      expect(rows).toHaveLength(KNOWN_OBJECTS.length * ACTIONS.length);
    });

    it('refuses a duplicate name and a missing copy source with a 422, creating nothing', async () => {
      const before = await t.database.db.selectFrom('roles').select('id').execute();
      const dup = await req('POST', '/roles', { name: '销售' });
      expect(dup.statusCode).toBe(422);
      expect(dup.json().errors).toEqual([
        { field: 'name', code: 'role.name_taken', message: 'A role with this name already exists' },
      ]);
      const noSource = await req('POST', '/roles', { name: 'Orphan', copyFromRoleId: 987654 });
      expect(noSource.statusCode).toBe(422);
      expect(noSource.json().errors[0]).toMatchObject({
        field: 'copyFromRoleId',
        code: 'role.copy_source_missing',
      });
      const bad = await req('POST', '/roles', { name: '', isAdmin: true });
      expect(bad.statusCode).toBe(400);
      const after = await t.database.db.selectFrom('roles').select('id').execute();
      expect(after).toHaveLength(before.length);
    });

    it('renames roles, built-in ones included, and audits only real changes', async () => {
      const role = (await req('POST', '/roles', { name: 'To rename' })).json();
      const res = await req('PATCH', `/roles/${role.id}`, { name: 'Renamed', description: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: 'Renamed', description: null });
      const same = await req('PATCH', `/roles/${role.id}`, { name: 'Renamed' });
      expect(same.statusCode).toBe(200);
      const audit = await auditOf(role.id);
      expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
      expect(JSON.parse(audit[1]!.changes!)).toEqual({ name: ['To rename', 'Renamed'] });

      const builtIn = await req('PATCH', `/roles/${managerRoleId}`, { description: 'Leads a team' });
      expect(builtIn.statusCode).toBe(200);
      expect(builtIn.json()).toMatchObject({ key: 'salesManager', description: 'Leads a team' });

      const taken = await req('PATCH', `/roles/${role.id}`, { name: '销售经理' });
      expect(taken.statusCode).toBe(422);
      expect(taken.json().errors[0].code).toBe('role.name_taken');
      expect((await req('PATCH', '/roles/999999', { name: 'x' })).statusCode).toBe(404);
    });

    it('replaces the permission matrix in one go, auditing the diff and emitting role.updated', async () => {
      const role = (await req('POST', '/roles', { name: 'Matrix', copyFromRoleId: repRoleId })).json();
      const matrix = {
        permissions: { lead: { read: 'all', update: 'own' }, user: { read: 'department' } },
        fields: { user: { email: 'hidden', phone: 'read' }, lead: { phone: 'read' } },
      };
      const res = await req('PUT', `/roles/${role.id}/permissions`, matrix);
      expect(res.statusCode).toBe(200);
      expect(res.json().permissions).toEqual(matrix.permissions);
      expect(res.json().fields).toEqual(matrix.fields);

      const audit = (await auditOf(role.id)).at(-1)!;
      expect(audit.action).toBe('update_permissions');
      const changes = JSON.parse(audit.changes!);
      expect(changes['permissions.lead.read']).toEqual(['own', 'all']);
      expect(changes['permissions.lead.create']).toEqual(['own', null]);
      expect(changes['permissions.user.read']).toEqual([null, 'department']);
      expect(changes['fields.user.email']).toEqual([null, 'hidden']);
      expect(changes['permissions.lead.update']).toBeUndefined();
      const event = (await eventsOf(role.id)).at(-1)!;
      expect(event.type).toBe('role.updated');
      expect(JSON.parse(event.payload).changes).toEqual(changes);

      // The same matrix again changes nothing and records nothing.
      const auditCount = (await auditOf(role.id)).length;
      expect((await req('PUT', `/roles/${role.id}/permissions`, matrix)).statusCode).toBe(200);
      expect(await auditOf(role.id)).toHaveLength(auditCount);
    });

    it('takes effect for holders of the role on their next request', async () => {
      const role = (await req('POST', '/roles', { name: 'Auditors' })).json();
      await insertUser(t.database.db, { username: 'auditor', roles: [role.id] });
      const cookie = await t.login('auditor', FIXTURE_PASSWORD);
      const before = await t.app.inject({ method: 'GET', url: '/api/v1/roles', headers: as(cookie) });
      expect(before.statusCode).toBe(403);
      await req('PUT', `/roles/${role.id}/permissions`, {
        permissions: { role: { read: 'all' } },
        fields: {},
      });
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/roles', headers: as(cookie) });
      expect(after.statusCode).toBe(200);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: as(cookie) });
      expect(me.json().permissions).toEqual({ role: { read: 'all' } });
    });

    it('rejects unknown objects, fields, actions, scopes and access levels with a 400, changing nothing', async () => {
      const role = (await req('POST', '/roles', { name: 'Strict', copyFromRoleId: repRoleId })).json();
      const bodies: Array<[unknown, string | null]> = [
        [{ permissions: { lead: { fly: 'all' } }, fields: {} }, 'permissions.lead'],
        [{ permissions: { lead: { read: 'everything' } }, fields: {} }, 'permissions.lead.read'],
        [{ permissions: {}, fields: { user: { email: 'maybe' } } }, 'fields.user.email'],
        [{ permissions: { spaceship: { read: 'all' } }, fields: {} }, 'permissions.spaceship'],
        [{ permissions: {}, fields: { spaceship: { name: 'read' } } }, 'fields.spaceship'],
        [{ permissions: {}, fields: { user: { shoeSize: 'hidden' } } }, 'fields.user.shoeSize'],
        [{ permissions: {}, fields: { lead: { 'bad name': 'hidden' } } }, 'fields.lead.bad name'],
        [{ permissions: {} }, 'fields'],
        [{ permissions: [], fields: {} }, 'permissions'],
      ];
      for (const [body, field] of bodies) {
        const res = await req('PUT', `/roles/${role.id}/permissions`, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('common.validation_failed');
        if (field) expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      const unknownObject = await req('PUT', `/roles/${role.id}/permissions`, bodies[3]![0]);
      expect(unknownObject.json().errors[0]).toMatchObject({
        code: 'permission.unknown_object',
        message: 'Unknown object: spaceship',
      });
      const after = (await req('GET', `/roles/${role.id}`)).json();
      const rep = (await req('GET', `/roles/${repRoleId}`)).json();
      expect(after.permissions).toEqual(rep.permissions);
      expect((await auditOf(role.id)).map((a) => a.action)).toEqual(['create']);
    });

    it('serialises concurrent replacements of the same matrix: each succeeds, one wins whole', async () => {
      const role = (await req('POST', '/roles', { name: 'Contended' })).json();
      const matrices = ['own', 'department', 'departmentAndBelow', 'all', 'own', 'all'].map((scope, i) => ({
        permissions: {
          lead: { read: scope, update: scope },
          [i % 2 ? 'account' : 'contact']: { read: scope },
        },
        fields: { user: { email: i % 2 ? 'hidden' : 'read' } },
      }));
      const results = await Promise.all(
        matrices.map((matrix) => req('PUT', `/roles/${role.id}/permissions`, matrix)),
      );
      expect(results.map((r) => r.statusCode)).toEqual(matrices.map(() => 200));
      const final = (await req('GET', `/roles/${role.id}`)).json();
      expect(matrices).toContainEqual({ permissions: final.permissions, fields: final.fields });
    });

    it("refuses to edit the admin role's matrix (409) but edits other built-in roles", async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/roles/${adminRoleId}/permissions`,
        headers: as(t.adminCookie, 'zh-CN'),
        payload: { permissions: {}, fields: {} },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'role.admin_immutable',
        detail: '系统管理员角色拥有全部权限，不能修改其权限',
      });
      const admin = (await req('GET', `/roles/${adminRoleId}`)).json();
      expect(admin.isAdmin).toBe(true);

      const manager = (await req('GET', `/roles/${managerRoleId}`)).json();
      const edited = await req('PUT', `/roles/${managerRoleId}/permissions`, {
        permissions: { ...manager.permissions, auditLog: { read: 'departmentAndBelow' } },
        fields: {},
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json().permissions.auditLog).toEqual({ read: 'departmentAndBelow' });
    });

    it('deletes a custom role nobody holds; refuses built-in roles and roles in use', async () => {
      const builtIn = await req('DELETE', `/roles/${repRoleId}`);
      expect(builtIn.statusCode).toBe(409);
      expect(builtIn.json()).toMatchObject({
        code: 'role.built_in',
        detail: 'Built-in roles cannot be deleted',
      });

      const held = (await req('POST', '/roles', { name: 'Held' })).json();
      await insertUser(t.database.db, { username: 'holder', roles: [held.id] });
      const inUse = await req('DELETE', `/roles/${held.id}`);
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json()).toMatchObject({ code: 'role.in_use' });
      expect(inUse.json().detail).toContain('1');
      expect((await req('GET', `/roles/${held.id}`)).json().userCount).toBe(1);

      const free = (await req('POST', '/roles', { name: 'Free', copyFromRoleId: repRoleId })).json();
      const deleted = await req('DELETE', `/roles/${free.id}`);
      expect(deleted.statusCode).toBe(204);
      expect(deleted.body).toBe('');
      expect((await req('GET', `/roles/${free.id}`)).statusCode).toBe(404);
      const leftovers = await t.database.db
        .selectFrom('role_permissions')
        .select('object')
        .where('role_id', '=', free.id)
        .execute();
      expect(leftovers).toEqual([]);
      const audit = (await auditOf(free.id)).at(-1)!;
      expect(audit.action).toBe('delete');
      expect(JSON.parse(audit.changes!).name).toEqual(['Free', null]);
      expect((await eventsOf(free.id)).at(-1)!.type).toBe('role.deleted');
      expect((await req('DELETE', `/roles/${free.id}`)).statusCode).toBe(404);
    });

    it('lists the permission catalog', async () => {
      const res = await req('GET', '/permissions/catalog');
      expect(res.statusCode).toBe(200);
      const catalog = res.json();
      expect(catalog.actions).toEqual([...ACTIONS]);
      expect(catalog.scopes).toEqual(['own', 'department', 'departmentAndBelow', 'all']);
      expect(catalog.fieldAccess).toEqual(['hidden', 'read', 'write']);
      const user = catalog.objects.find((o: { name: string }) => o.name === 'user');
      expect(user.group).toBe('platform');
      expect(user.fields.map((f: { name: string }) => f.name)).toEqual([
        'username',
        'name',
        'email',
        'phone',
        'department',
        'manager',
        'status',
        'locale',
        'roles',
        'lastLoginAt',
      ]);
      const lead = catalog.objects.find((o: { name: string }) => o.name === 'lead');
      expect(lead).toMatchObject({ name: 'lead', group: 'sales', label: { 'zh-CN': '线索', en: 'Lead' } });
      expect(lead.isCustom).toBeUndefined();
      expect(lead.fields).toContainEqual({ name: 'company', label: { 'zh-CN': '公司', en: 'Company' } });
    });

    it('is closed to sales reps, anonymous callers and API keys without the admin scope', async () => {
      const calls: Array<[string, string, unknown?]> = [
        ['GET', '/roles'],
        ['GET', `/roles/${repRoleId}`],
        ['GET', '/permissions/catalog'],
        ['POST', '/roles', { name: 'Sneaky' }],
        ['PATCH', `/roles/${repRoleId}`, { name: 'Sneaky' }],
        ['PUT', `/roles/${repRoleId}/permissions`, { permissions: { user: { read: 'all' } }, fields: {} }],
        ['DELETE', `/roles/${repRoleId}`],
      ];
      const adminId = (
        await t.database.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'admin')
          .executeTakeFirstOrThrow()
      ).id;
      const readWriteKey = await insertApiKey(t.database.db, adminId, ['read', 'write']);
      const adminKey = await insertApiKey(t.database.db, adminId, ['read', 'admin']);
      for (const [method, url, payload] of calls) {
        const inject = (headers: Record<string, string>) =>
          t.app.inject({
            method: method as 'GET',
            url: `/api/v1${url}`,
            headers,
            ...(payload ? { payload: payload as object } : {}),
          });
        const rep = await inject(as(repCookie));
        expect(rep.statusCode, `${method} ${url}`).toBe(403);
        expect(rep.json().code).toBe('auth.forbidden');
        expect((await inject({})).statusCode).toBe(401);
        const key = await inject({ authorization: `Bearer ${readWriteKey}` });
        expect(key.statusCode).toBe(403);
        expect(key.json().code).toBe('auth.api_key_scope');
      }
      const read = await t.app.inject({
        method: 'GET',
        url: '/api/v1/roles',
        headers: { authorization: `Bearer ${adminKey}` },
      });
      expect(read.statusCode).toBe(200);
      const write = await t.app.inject({
        method: 'POST',
        url: '/api/v1/roles',
        headers: { authorization: `Bearer ${adminKey}` },
        payload: { name: 'By read-only key' },
      });
      expect(write.statusCode).toBe(403);
      const rep = (await req('GET', `/roles/${repRoleId}`)).json();
      expect(rep.name).toBe('销售');
      expect(rep.permissions.user).toBeUndefined();
    });
  });
}
