import { backupCommand } from './backup.command.ts';
import { createUserCommand } from './create-user.command.ts';
import { doctorCommand } from './doctor.command.ts';
import { migrateCommand } from './migrate.command.ts';
import { resetPasswordCommand } from './reset-password.command.ts';
import { seedCommand } from './seed.command.ts';
import { serveCommand } from './serve.command.ts';
import { workerCommand } from './worker.command.ts';

export interface Command {
  name: string;
  summary: string;
  /** Full help text printed by `--help`. */
  help: string;
  /** Resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/** Every CLI command by name. */
export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [
    serveCommand,
    workerCommand,
    migrateCommand,
    backupCommand,
    doctorCommand,
    createUserCommand,
    resetPasswordCommand,
    seedCommand,
  ].map((c) => [c.name, c]),
);
