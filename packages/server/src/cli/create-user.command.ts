import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureDefaultRoles } from '../platform/bootstrap.ts';
import { createUser } from '../platform/users/create-user.command.ts';
import { CreateUserBody } from '../platform/users/user.schemas.ts';
import type { Command } from './commands.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';
import { reportCliError, reportInvalidOptions } from './report-cli-error.ts';

const OPTION_OF: Record<string, string> = {
  username: '--username',
  name: '--name',
  email: '--email',
  departmentId: '--department-id',
  roleIds: '--role',
  password: '--password',
};

export const createUserCommand: Command = {
  name: 'create-user',
  summary: 'Create a user (prints a generated password once)',
  help: `Usage: lodestar create-user --username U --name NAME [--email E] [--role KEY]… [--department-id N]
                           [--password P]

Creates an active user in the configured database (DATABASE_URL, else SQLite under LODESTAR_DATA_DIR),
migrating it first if needed. The action is recorded in the audit log as done by the system.

  --username U        3–32 characters: a-z, 0-9, dot, underscore, hyphen (stored lower-case)
  --name NAME         display name, e.g. 张伟
  --email E           optional; must be unused
  --role KEY          a role key: admin, salesManager or salesRep; repeat for several roles
  --department-id N   optional department id
  --password P        optional; when omitted a random password is generated and printed once
                      (prefer that: a password typed here stays in the shell history)

Exit code 0 when created; 1 when the input is refused (e.g. the username is taken); 2 on bad options.`,
  async run(args) {
    const database = openConfiguredDatabase(loadConfig());
    try {
      await migrateToLatest(database);
      await ensureDefaultRoles(database.db);
      return await createUserFromArgs(database, args);
    } finally {
      await database.close();
    }
  },
};

/** The command on an open, migrated database: parses the options, creates the user, prints the outcome. */
export async function createUserFromArgs(database: Database, args: string[]): Promise<number> {
  let values: {
    username?: string;
    name?: string;
    email?: string;
    role?: string[];
    'department-id'?: string;
    password?: string;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string', multiple: true },
        'department-id': { type: 'string' },
        password: { type: 'string' },
      },
    }));
  } catch (err) {
    console.error(`Error: ${err instanceof Error ? err.message : err}\nRun \`lodestar create-user --help\`.`);
    return 2;
  }
  if (!values.username || !values.name) {
    console.error('Error: --username and --name are required.\nRun `lodestar create-user --help`.');
    return 2;
  }

  const roleKeys = values.role ?? [];
  const roles = roleKeys.length
    ? await database.db.selectFrom('roles').select(['id', 'key']).where('key', 'in', roleKeys).execute()
    : [];
  const unknown = roleKeys.filter((key) => !roles.some((r) => r.key === key));
  if (unknown.length) {
    const known = await database.db.selectFrom('roles').select('key').where('key', 'is not', null).execute();
    console.error(
      `Error: unknown role ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${known.map((r) => r.key).join(', ')})`,
    );
    return 2;
  }

  const departmentId = values['department-id'];
  const parsed = CreateUserBody.safeParse({
    username: values.username,
    name: values.name,
    ...(values.email !== undefined ? { email: values.email } : {}),
    ...(departmentId !== undefined
      ? { departmentId: /^\d+$/.test(departmentId) ? Number(departmentId) : departmentId }
      : {}),
    roleIds: roles.map((r) => r.id),
    ...(values.password !== undefined ? { password: values.password } : {}),
  });
  if (!parsed.success) {
    reportInvalidOptions(parsed.error, OPTION_OF);
    return 2;
  }

  try {
    const created = await createUser(database, {
      actor: { userId: null },
      viewer: null,
      input: parsed.data,
    });
    console.log(`Created user ${parsed.data.username} (id ${created.userId}).`);
    if (created.initialPassword) {
      console.log(`Password: ${created.initialPassword}`);
      console.log('(shown once: hand it over securely; they can change it after signing in)');
    }
    return 0;
  } catch (err) {
    reportCliError(err);
    return 1;
  }
}
