import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DIALECTS } from '../../test/support/test-database.ts';
import { openDatabase } from '../db/database.ts';
import { createUserCommand, createUserFromArgs } from './create-user.command.ts';
import { resetPasswordCommand, resetPasswordFromArgs } from './reset-password.command.ts';

/** Runs a CLI entry point and captures what it prints. */
async function capture(run: () => Promise<number>) {
  const lines: string[] = [];
  const collect = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  const log = vi.spyOn(console, 'log').mockImplementation(collect);
  const error = vi.spyOn(console, 'error').mockImplementation(collect);
  try {
    const code = await run();
    return { code, output: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

for (const dialect of DIALECTS) {
  describe(`CLI create-user and reset-password (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    const userByName = (username: string) =>
      t.database.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

    it('creates a user with a generated password printed once, audited as the system', async () => {
      const dept = await t.app.inject({
        method: 'POST',
        url: '/api/v1/departments',
        headers: { cookie: t.adminCookie },
        payload: { name: '华北销售部' },
      });
      const res = await capture(() =>
        createUserFromArgs(t.database, [
          '--username',
          'Zhao.Lei',
          '--name',
          '赵磊',
          '--email',
          'zhao.lei@example.com',
          '--role',
          'salesManager',
          '--role',
          'salesRep',
          '--department-id',
          String(dept.json().id),
        ]),
      );
      expect(res.code, res.output).toBe(0);
      const password = res.output.match(/^Password: (\S+)$/m)?.[1];
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      const user = await userByName('zhao.lei');
      expect(user).toMatchObject({
        name: '赵磊',
        email: 'zhao.lei@example.com',
        department_id: dept.json().id,
      });
      expect(res.output).toContain(`Created user zhao.lei (id ${user!.id})`);

      const me = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: await t.login('zhao.lei', password!) },
      });
      expect(
        me
          .json()
          .roles.map((r: { key: string }) => r.key)
          .sort(),
      ).toEqual(['salesManager', 'salesRep']);

      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', 'user')
        .where('entity_id', '=', String(user!.id))
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ action: 'create', actor_user_id: null });
      expect(audit.changes).not.toContain(password!);
      const event = await t.database.db
        .selectFrom('outbox_events')
        .select(['type', 'actor_user_id'])
        .where('aggregate_id', '=', String(user!.id))
        .executeTakeFirstOrThrow();
      expect(event).toEqual({ type: 'user.created', actor_user_id: null });
    });

    it('does not print a password that was given', async () => {
      const res = await capture(() =>
        createUserFromArgs(t.database, [
          '--username',
          'given',
          '--name',
          'Given',
          '--password',
          'given-Password-1',
        ]),
      );
      expect(res.code).toBe(0);
      expect(res.output).not.toContain('given-Password-1');
      expect(res.output).not.toContain('Password:');
      await t.login('given', 'given-Password-1');
    });

    it('refuses bad options (2) and refused input (1) with readable messages, creating nothing', async () => {
      const count = async () => (await t.database.db.selectFrom('users').select('id').execute()).length;
      const before = await count();
      const cases: Array<[string[], number, RegExp]> = [
        [['--username', 'nobody'], 2, /--username and --name are required/],
        [['--username', 'a b', '--name', 'x'], 2, /--username: /],
        [['--username', 'okay', '--name', 'x', '--password', 'short'], 2, /--password: /],
        [['--username', 'okay', '--name', 'x', '--department-id', 'ten'], 2, /--department-id: /],
        [
          ['--username', 'okay', '--name', 'x', '--role', 'boss'],
          2,
          /unknown role "boss" \(known: .*salesRep/,
        ],
        [['--username', 'okay', '--name', 'x', '--shout'], 2, /Unknown option '--shout'/],
        [['--username', 'ADMIN', '--name', 'x'], 1, /username: This username is already taken/],
        [
          ['--username', 'okay', '--name', 'x', '--department-id', '9999'],
          1,
          /departmentId: The department does not exist/,
        ],
      ];
      for (const [args, code, message] of cases) {
        const res = await capture(() => createUserFromArgs(t.database, args));
        expect(res.code, args.join(' ')).toBe(code);
        expect(res.output).toMatch(message);
      }
      expect(await count()).toBe(before);
    });

    it('reset-password sets a new password, ends sessions and lifts a lockout', async () => {
      await capture(() =>
        createUserFromArgs(t.database, [
          '--username',
          'locked',
          '--name',
          'Locked',
          '--password',
          'old-Password-1',
        ]),
      );
      const session = await t.login('locked', 'old-Password-1');
      for (let i = 0; i < 5; i++) {
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'locked', password: `bad-${i}` },
        });
      }
      const res = await capture(() => resetPasswordFromArgs(t.database, ['--username', 'LOCKED']));
      expect(res.code, res.output).toBe(0);
      const password = res.output.match(/^Password: (\S+)$/m)?.[1];
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session } })).statusCode,
      ).toBe(401);
      await t.login('locked', password!);

      const chosen = await capture(() =>
        resetPasswordFromArgs(t.database, ['--username', 'locked', '--password', 'new-Password-2']),
      );
      expect(chosen.code).toBe(0);
      expect(chosen.output).not.toContain('new-Password-2');
      await t.login('locked', 'new-Password-2');

      const user = await userByName('locked');
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select(['action', 'actor_user_id', 'changes'])
        .where('entity_id', '=', String(user!.id))
        .where('action', '=', 'reset_password')
        .execute();
      expect(audit).toHaveLength(2);
      expect(audit[0]).toEqual({
        action: 'reset_password',
        actor_user_id: null,
        changes: '{"password":["***","***"]}',
      });
    });

    it('reset-password refuses an unknown user (1) and bad options (2)', async () => {
      expect((await capture(() => resetPasswordFromArgs(t.database, ['--username', 'ghost']))).code).toBe(1);
      expect((await capture(() => resetPasswordFromArgs(t.database, []))).code).toBe(2);
      const short = await capture(() =>
        resetPasswordFromArgs(t.database, ['--username', 'admin', '--password', 'x']),
      );
      expect(short.code).toBe(2);
      await t.login('admin', ADMIN_PASSWORD);
    });
  });
}

describe('CLI create-user and reset-password through run() on the configured data folder', () => {
  let dataDir: string;
  const saved = { ...process.env };
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-cli-users-'));
    process.env.LODESTAR_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates a fresh data folder, creates the user, and resets their password', async () => {
    const created = await capture(() =>
      createUserCommand.run(['--username', 'ops', '--name', 'Ops', '--role', 'admin']),
    );
    expect(created.code, created.output).toBe(0);
    expect(created.output).toMatch(/^Password: \S{16}$/m);
    const reset = await capture(() =>
      resetPasswordCommand.run(['--username', 'ops', '--password', 'ops-Password-1']),
    );
    expect(reset.code, reset.output).toBe(0);

    const database = openDatabase({ sqliteFile: path.join(dataDir, 'lodestar.db') });
    try {
      const user = await database.db
        .selectFrom('users')
        .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
        .innerJoin('roles', 'roles.id', 'user_roles.role_id')
        .select(['users.username', 'roles.key'])
        .executeTakeFirstOrThrow();
      expect(user).toEqual({ username: 'ops', key: 'admin' });
      const actions = await database.db.selectFrom('audit_log').select('action').orderBy('id').execute();
      expect(actions.map((a) => a.action)).toEqual(['create', 'reset_password']);
    } finally {
      await database.close();
    }
  });
});
