import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DIALECTS } from '../../../test/support/test-database.ts';
import { DEMO_DEPARTMENTS, DEMO_USERS } from './demo-organisation.ts';
import { DEMO_LOADED_SETTING, loadDemoData } from './load-demo-data.ts';

const DEMO_PASSWORD = 'demo-Password-1';

/** The organisation as names only (no ids or timestamps), to compare two loads. */
async function organisationSnapshot(t: TestApp) {
  const db = t.database.db;
  const departments = await db
    .selectFrom('departments as d')
    .leftJoin('departments as p', 'p.id', 'd.parent_id')
    .leftJoin('users as h', 'h.id', 'd.head_user_id')
    .select(['d.name', 'p.name as parent', 'h.username as head', 'd.sort_order', 'd.path'])
    .orderBy('d.path')
    .execute();
  const users = await db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .leftJoin('users as m', 'm.id', 'u.manager_id')
    .leftJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .leftJoin('roles as r', 'r.id', 'ur.role_id')
    .select(['u.username', 'u.name', 'u.email', 'u.phone', 'd.name as department', 'm.username as manager'])
    .select('r.key as role')
    .orderBy('u.username')
    .execute();
  // Paths hold ids; keep their depth, which is what the tree means.
  return {
    departments: departments.map(({ path, ...d }) => ({ ...d, depth: path.split('/').length - 2 })),
    users,
  };
}

async function counts(t: TestApp) {
  const db = t.database.db;
  const count = async (table: 'users' | 'departments' | 'user_roles' | 'audit_log' | 'settings') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    users: await count('users'),
    departments: await count('departments'),
    userRoles: await count('user_roles'),
    audit: await count('audit_log'),
    settings: await count('settings'),
  };
}

for (const dialect of DIALECTS) {
  describe(`demo data (${dialect})`, () => {
    const apps: TestApp[] = [];
    const open = async () => {
      const t = await createTestApp(dialect);
      apps.push(t);
      return t;
    };
    afterEach(async () => {
      await Promise.all(apps.splice(0).map((t) => t.close()));
    });

    it('loads the demo company once; demo users sign in and see their department and role', async () => {
      const t = await open();
      const result = await loadDemoData(t.database, { password: DEMO_PASSWORD });
      expect(result).toEqual({
        loaded: true,
        usernames: DEMO_USERS.map((u) => u.username),
        password: DEMO_PASSWORD,
        passwordGenerated: false,
      });
      const after = await counts(t);
      expect(after.users).toBe(1 + DEMO_USERS.length);
      expect(after.departments).toBe(DEMO_DEPARTMENTS.length);

      const setting = await t.database.db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', DEMO_LOADED_SETTING)
        .executeTakeFirstOrThrow();
      expect(Number.isNaN(Date.parse(JSON.parse(setting.value)))).toBe(false);

      const cookie = await t.login('zhangwei', DEMO_PASSWORD);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        username: 'zhangwei',
        name: '张伟',
        email: 'zhangwei@demo.example.com',
        department: { name: '上海组' },
        roles: [{ key: 'salesRep', name: '销售' }],
        isAdmin: false,
      });
      const byEmail = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'chenjing@demo.example.com', password: DEMO_PASSWORD },
      });
      expect(byEmail.statusCode).toBe(200);
      expect(byEmail.json().roles).toEqual([
        expect.objectContaining({ key: 'salesManager', name: '销售经理' }),
      ]);

      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'zhangwei', password: 'not-the-password' },
      });
      expect(wrong.statusCode).toBe(401);
    });

    it('is deterministic: two fresh databases get the same organisation', async () => {
      const [a, b] = [await open(), await open()];
      await loadDemoData(a.database, { password: DEMO_PASSWORD });
      await loadDemoData(b.database);
      const snapshot = await organisationSnapshot(a);
      expect(await organisationSnapshot(b)).toEqual(snapshot);

      const tree = Object.fromEntries(snapshot.departments.map((d) => [d.name, d.parent]));
      expect(tree).toEqual({
        总公司: null,
        销售部: '总公司',
        华东大区: '销售部',
        上海组: '华东大区',
        杭州组: '华东大区',
        华南大区: '销售部',
        深圳组: '华南大区',
        广州组: '华南大区',
        市场部: '总公司',
        客服部: '总公司',
      });
      const heads = snapshot.users.filter((u) => u.role === 'salesManager').map((u) => u.username);
      expect(heads.sort()).toEqual(['chenjing', 'huangzhiqiang', 'liming', 'wangjianguo']);
      const reps = snapshot.users.filter((u) => u.role === 'salesRep');
      expect(reps.every((u) => u.manager !== null)).toBe(true);
    });

    it('a second call does nothing', async () => {
      const t = await open();
      const first = await loadDemoData(t.database, { password: DEMO_PASSWORD });
      expect(first.loaded).toBe(true);
      const before = await counts(t);
      const snapshot = await organisationSnapshot(t);

      const second = await loadDemoData(t.database, { password: 'another-Password-2' });
      expect(second).toEqual({ loaded: false });
      expect(await counts(t)).toEqual(before);
      expect(await organisationSnapshot(t)).toEqual(snapshot);
      // The first password still works: the users were not recreated.
      await expect(t.login('liming', DEMO_PASSWORD)).resolves.toContain('lodestar_session=');
    });

    it('generates a password when none is given', async () => {
      const t = await open();
      const result = await loadDemoData(t.database);
      if (!result.loaded) throw new Error('expected a load');
      expect(result.passwordGenerated).toBe(true);
      expect(result.password.length).toBeGreaterThanOrEqual(12);
      await expect(t.login('hefang', result.password)).resolves.toContain('lodestar_session=');
    });
  });
}
