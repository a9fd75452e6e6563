import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertApiKey, insertDepartment, insertUser } from './support/org-fixtures.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { DIALECTS } from './support/test-database.ts';

/**
 * The permission model seen from outside: data scopes limit which rows come back, field access limits which
 * fields, and platform endpoints stay closed to sales staff — all through the HTTP API.
 *
 * Organisation: 总部 HQ > 销售部 Sales > {华东 East, 华西 West}.
 */
for (const dialect of DIALECTS) {
  describe(`permissions are enforced by the API (${dialect})`, () => {
    let t: TestApp;
    const ids: Record<string, number> = {};
    const cookies: Record<string, string> = {};

    /** Creates a role through the API and returns its id. */
    async function createRole(name: string, permissions: object, fields: object = {}): Promise<number> {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/roles',
        headers: { cookie: t.adminCookie },
        payload: { name },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as number;
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/roles/${id}/permissions`,
        headers: { cookie: t.adminCookie },
        payload: { permissions, fields },
      });
      expect(put.statusCode).toBe(200);
      return id;
    }

    const get = (who: string, url: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: cookies[who]! } });

    const usernamesIn = async (who: string, query = '') => {
      const res = await get(who, `/users${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Array<{ username?: string; id: number }>)
        .map((u) => u.username ?? `#${u.id}`)
        .sort();
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const hq = await insertDepartment(db, '总部');
      const sales = await insertDepartment(db, '销售部', hq.id);
      const east = await insertDepartment(db, '华东', sales.id);
      const west = await insertDepartment(db, '华西', sales.id);
      Object.assign(ids, { hq: hq.id, sales: sales.id, east: east.id, west: west.id });

      const ownProfile = await createRole('Own profile', { user: { read: 'own' } });
      const departmentDirectory = await createRole('Department directory', { user: { read: 'department' } });
      const directoryNoEmail = await createRole(
        'Directory without e-mail',
        { user: { read: 'all' } },
        { user: { email: 'hidden' } },
      );
      const directory = await createRole('Directory', { user: { read: 'all' } });
      const emailWriterWithoutRead = await createRole(
        'E-mail writer without read',
        { user: { update: 'all' } },
        { user: { email: 'write' } },
      );
      const editorReadOnlyEmail = await createRole(
        'Editor, e-mail read-only',
        { user: { read: 'all', update: 'all' } },
        { user: { email: 'read' } },
      );

      const people: Array<[string, number | null, Array<string | number>]> = [
        ['ceo', hq.id, []],
        ['manager', sales.id, ['salesManager']],
        ['east.manager', east.id, ['salesManager']],
        ['rep.a', east.id, ['salesRep']],
        ['rep.b', east.id, ['salesRep']],
        ['rep.c', west.id, ['salesRep']],
        ['rep.own', east.id, ['salesRep', ownProfile]],
        ['sales.dept', sales.id, [departmentDirectory]],
        ['no.email', west.id, [directoryNoEmail]],
        ['no.email.plus', west.id, [directoryNoEmail, directory]],
        ['no.email.writer', west.id, [directoryNoEmail, emailWriterWithoutRead]],
        ['editor', hq.id, [editorReadOnlyEmail]],
      ];
      for (const [username, departmentId, roles] of people) {
        ids[username] = await insertUser(db, {
          username,
          email: `${username}@lodestar.example`,
          departmentId,
          roles,
        });
        cookies[username] = await t.login(username, FIXTURE_PASSWORD);
      }
    });
    afterAll(async () => t?.close());

    it('keeps a sales rep out of other reps’ data and out of every admin endpoint', async () => {
      const closed: Array<[HTTPMethods, string, object?]> = [
        ['GET', '/users'],
        ['GET', `/users/${ids['rep.b']}`],
        ['GET', `/users/${ids['rep.a']}`],
        ['PATCH', `/users/${ids['rep.b']}`, { name: 'x' }],
        ['POST', '/users', { username: 'by.rep', name: 'x', roleIds: [] }],
        ['GET', '/roles'],
        ['GET', '/permissions/catalog'],
        ['GET', '/audit-log'],
        ['GET', '/api-keys'],
        ['GET', '/settings'],
        ['POST', '/departments', { name: 'x' }],
      ];
      for (const [method, url, payload] of closed) {
        const res = await t.app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie: cookies['rep.a']! },
          ...(payload ? { payload } : {}),
        });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().code).toBe('auth.forbidden');
      }
      const me = await get('rep.a', '/me');
      expect(me.json().permissions.user).toBeUndefined();
    });

    it('shows a rep whose role reads users with scope own only themselves', async () => {
      expect(await usernamesIn('rep.own')).toEqual(['rep.own']);
      expect((await get('rep.own', `/users/${ids['rep.own']}`)).statusCode).toBe(200);
      const admin = await t.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      for (const [other, id] of [
        ['rep.a', ids['rep.a']],
        ['rep.b', ids['rep.b']],
        ['manager', ids.manager],
        ['admin', admin.id],
      ] as const) {
        const res = await get('rep.own', `/users/${id}`);
        expect(res.statusCode, other).toBe(404);
      }
    });

    it('shows a manager their department and everything below it, nothing beside or above', async () => {
      const salesTeam = [
        'east.manager',
        'manager',
        'no.email',
        'no.email.plus',
        'no.email.writer',
        'rep.a',
        'rep.b',
        'rep.c',
        'rep.own',
        'sales.dept',
      ];
      expect(await usernamesIn('manager')).toEqual(salesTeam);
      expect(await usernamesIn('east.manager')).toEqual(['east.manager', 'rep.a', 'rep.b', 'rep.own']);
      expect(await usernamesIn('manager', `?departmentId=${ids.west}`)).toEqual([
        'no.email',
        'no.email.plus',
        'no.email.writer',
        'rep.c',
      ]);
      expect(await usernamesIn('east.manager', `?departmentId=${ids.west}`)).toEqual([]);
      expect((await get('manager', `/users/${ids['rep.c']}`)).statusCode).toBe(200);
      expect((await get('manager', `/users/${ids.ceo}`)).statusCode).toBe(404);
      expect((await get('east.manager', `/users/${ids['rep.c']}`)).statusCode).toBe(404);
      expect((await get('east.manager', `/users/${ids.manager}`)).statusCode).toBe(404);
    });

    it('limits scope department to the department itself', async () => {
      expect(await usernamesIn('sales.dept')).toEqual(['manager', 'sales.dept']);
      expect((await get('sales.dept', `/users/${ids['rep.a']}`)).statusCode).toBe(404);
    });

    it('hides a field from the API response when the viewer’s roles hide it', async () => {
      const list = await get('no.email', '/users');
      expect(list.statusCode).toBe(200);
      const items = list.json().items as Array<Record<string, unknown>>;
      expect(items.length).toBeGreaterThan(10);
      for (const item of items) {
        expect(item).not.toHaveProperty('email');
        expect(item).toHaveProperty('username');
        expect(item).toHaveProperty('phone');
      }
      expect(list.body).not.toContain('@lodestar.example');

      const one = await get('no.email', `/users/${ids['rep.a']}`);
      expect(one.statusCode).toBe(200);
      expect(one.json()).not.toHaveProperty('email');
      expect(one.json()).toMatchObject({ id: ids['rep.a'], username: 'rep.a' });

      // Searching the hidden field must not reveal it either.
      expect(await usernamesIn('no.email', '?q=rep.a%40lodestar')).toEqual([]);
      expect(await usernamesIn('no.email', '?q=rep.a')).toEqual(['rep.a']);
    });

    it('shows the field when another of the viewer’s roles shows it, but not for a role that cannot read', async () => {
      const plus = await get('no.email.plus', `/users/${ids['rep.a']}`);
      expect(plus.json().email).toBe('rep.a@lodestar.example');
      const writer = await get('no.email.writer', `/users/${ids['rep.a']}`);
      expect(writer.statusCode).toBe(200);
      expect(writer.json()).not.toHaveProperty('email');
      const admin = await t.app.inject({
        method: 'GET',
        url: `/api/v1/users/${ids['rep.a']}`,
        headers: { cookie: t.adminCookie },
      });
      expect(admin.json().email).toBe('rep.a@lodestar.example');
    });

    it('refuses writes to a read-only field and changes nothing', async () => {
      const refused = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${ids['rep.b']}`,
        headers: { cookie: cookies.editor!, 'accept-language': 'en' },
        payload: { name: 'Rep B', email: 'changed@lodestar.example' },
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'permission.field_read_only' });
      const row = await t.database.db
        .selectFrom('users')
        .select(['name', 'email'])
        .where('id', '=', ids['rep.b']!)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ name: 'rep.b', email: 'rep.b@lodestar.example' });

      const allowed = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${ids['rep.b']}`,
        headers: { cookie: cookies.editor! },
        payload: { name: 'Rep B' },
      });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.json()).toMatchObject({ name: 'Rep B', email: 'rep.b@lodestar.example' });
    });

    it('narrows a user’s permissions by the scopes of the API key they call with', async () => {
      const readOnly = await insertApiKey(t.database.db, ids.manager!, ['read']);
      const readAdmin = await insertApiKey(t.database.db, ids.manager!, ['read', 'admin']);
      const call = (key: string, method: HTTPMethods, url: string, payload?: object) =>
        t.app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { authorization: `Bearer ${key}` },
          ...(payload ? { payload } : {}),
        });
      // Users are a platform object: reading them by key needs the admin scope too.
      expect((await call(readOnly, 'GET', '/users')).json().code).toBe('auth.api_key_scope');
      const listed = await call(readAdmin, 'GET', '/users');
      expect(listed.statusCode).toBe(200);
      expect(listed.json().items.map((u: { username: string }) => u.username)).not.toContain('ceo');
      const write = await call(readOnly, 'PATCH', '/me', { name: 'By key' });
      expect(write.statusCode).toBe(403);
      expect(write.json().code).toBe('auth.api_key_scope');
    });
  });
}
