import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { PasswordSchema } from '../platform/auth/auth.schemas.ts';
import { resetUserPassword } from '../platform/users/reset-user-password.command.ts';
import type { Command } from './commands.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';
import { reportCliError } from './report-cli-error.ts';

export const resetPasswordCommand: Command = {
  name: 'reset-password',
  summary: 'Set a new password for a user and sign them out everywhere',
  help: `Usage: lodestar reset-password --username U [--password P]

Sets a new password for the user in the configured database (DATABASE_URL, else SQLite under
LODESTAR_DATA_DIR), ends all of their sessions and lifts a sign-in lockout. Use it to recover the admin
account. The action is recorded in the audit log as done by the system.

  --username U   the user's username (case-insensitive)
  --password P   optional; when omitted a random password is generated and printed once
                 (prefer that: a password typed here stays in the shell history)

Exit code 0 when reset; 1 when there is no such user; 2 on bad options.`,
  async run(args) {
    const database = openConfiguredDatabase(loadConfig());
    try {
      await migrateToLatest(database);
      return await resetPasswordFromArgs(database, args);
    } finally {
      await database.close();
    }
  },
};

/** The command on an open, migrated database: parses the options, resets the password, prints the outcome. */
export async function resetPasswordFromArgs(database: Database, args: string[]): Promise<number> {
  let values: { username?: string; password?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { username: { type: 'string' }, password: { type: 'string' } },
    }));
  } catch (err) {
    console.error(
      `Error: ${err instanceof Error ? err.message : err}\nRun \`lodestar reset-password --help\`.`,
    );
    return 2;
  }
  if (!values.username) {
    console.error('Error: --username is required.\nRun `lodestar reset-password --help`.');
    return 2;
  }
  if (values.password !== undefined) {
    const checked = PasswordSchema.safeParse(values.password);
    if (!checked.success) {
      console.error(`Error: --password: ${checked.error.issues[0]?.message ?? 'invalid'}`);
      return 2;
    }
  }
  const username = values.username.trim().toLowerCase();
  const user = await database.db
    .selectFrom('users')
    .select(['id', 'status'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user) {
    console.error(`Error: there is no user "${username}".`);
    return 1;
  }
  try {
    const { password } = await resetUserPassword(database, {
      actor: { userId: null },
      viewer: null,
      userId: user.id,
      password: values.password,
    });
    console.log(`Reset the password of ${username}; their sessions have ended.`);
    if (values.password === undefined) {
      console.log(`Password: ${password}`);
      console.log('(shown once: hand it over securely)');
    }
    if (user.status !== 'active')
      console.log('Note: this user is disabled and cannot sign in until enabled.');
    return 0;
  } catch (err) {
    reportCliError(err);
    return 1;
  }
}
