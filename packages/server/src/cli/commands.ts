import { migrateCommand } from './migrate.command.ts';
import { serveCommand } from './serve.command.ts';

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
  [serveCommand, migrateCommand].map((c) => [c.name, c]),
);
