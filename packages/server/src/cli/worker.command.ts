import { parseArgs } from 'node:util';
import { loadConfig, redactUrl } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { startWorker } from '../platform/jobs/worker.ts';
import { jsonLineLog } from '../platform/jobs/worker-log.ts';
import { PRODUCT_BACKGROUND } from '../product-background.ts';
import type { Command } from './commands.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Run background jobs, event delivery and scheduled tasks (no HTTP)',
  help: `Usage: lodestar worker [--concurrency N] [--poll-interval MS]

Runs the background worker against the configured database (DATABASE_URL, else SQLite under
LODESTAR_DATA_DIR): claims and runs queued jobs, turns outbox events into subscriber jobs and fires
scheduled tasks. Stops gracefully on SIGINT/SIGTERM, waiting for running jobs.

On PostgreSQL, start as many workers as you like, next to any number of \`serve\` instances: each job
runs on one worker at a time and each scheduled time fires once. On SQLite one process writes at a time;
\`serve\` already runs a worker in-process (LODESTAR_IN_PROCESS_WORKER=1, the default), so a separate
worker is rarely useful there.

Options:
  --concurrency N       jobs run at the same time (default 4)
  --poll-interval MS    pause between polls of an empty queue (default 500)

Environment: DATABASE_URL, LODESTAR_DATA_DIR, LOG_LEVEL.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { concurrency: { type: 'string' }, 'poll-interval': { type: 'string' } },
    });
    const concurrency = positiveInt(values.concurrency, 4, '--concurrency');
    const pollIntervalMs = positiveInt(values['poll-interval'], 500, '--poll-interval');
    const config = loadConfig();
    const log = jsonLineLog(config.logLevel, { component: 'worker' });
    const database = openConfiguredDatabase(config);
    try {
      await migrateToLatest(database);
    } catch (err) {
      await database.close();
      throw err;
    }
    const worker = await startWorker({ database, ...PRODUCT_BACKGROUND, concurrency, pollIntervalMs, log });
    log.info(
      { database: redactUrl(config.databaseUrl) ?? `sqlite:${config.dataDir}` },
      'Lodestar worker is ready',
    );
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        log.info({ signal }, 'shutting down');
        resolve();
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    await worker.stop();
    await database.close();
    return 0;
  },
};

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}
