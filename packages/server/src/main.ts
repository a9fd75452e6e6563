import { COMMANDS, type Command } from './cli/commands.ts';

function printOverview(): void {
  console.log('Usage: lodestar <command> [options]\n\nCommands:');
  for (const c of Object.values(COMMANDS)) console.log(`  ${c.name.padEnd(16)}${c.summary}`);
  console.log('\nRun `lodestar <command> --help` for a command’s options.');
}

/** Runs one CLI command; resolves to the process exit code (a server command resolves when it stops). */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printOverview();
    return name ? 0 : 1;
  }
  const command: Command | undefined = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n`);
    printOverview();
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}
