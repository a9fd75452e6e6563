// Entry of a worker child process for tests (bundled by spawn-worker-process.ts): runs the test job
// handlers against the database named in LODESTAR_TEST_WORKER, reports on IPC, stops on a 'stop' message.
import { openDatabase } from '../../src/db/database.ts';
import { startWorker } from '../../src/platform/jobs/worker.ts';
import { TEST_JOB_HANDLERS } from './test-job-handlers.ts';

interface ChildOptions {
  sqliteFile?: string;
  url?: string;
  pgSchema?: string;
  leaseMs: number;
  concurrency: number;
  pollIntervalMs: number;
}

const options = JSON.parse(process.env.LODESTAR_TEST_WORKER ?? '{}') as ChildOptions;
const database = openDatabase({
  ...(options.url
    ? { url: options.url, pgSchema: options.pgSchema ?? 'public', poolSize: options.concurrency + 2 }
    : {}),
  ...(options.sqliteFile ? { sqliteFile: options.sqliteFile } : {}),
});
const worker = await startWorker({
  database,
  handlers: TEST_JOB_HANDLERS,
  concurrency: options.concurrency,
  pollIntervalMs: options.pollIntervalMs,
  leaseMs: options.leaseMs,
  dispatchEvents: false,
  runSchedules: false,
  workerId: process.env.LODESTAR_TEST_WORKER_NAME ?? `child-${process.pid}`,
});
process.send?.({ type: 'ready', workerId: worker.id });
process.on('message', async (message: { type?: string }) => {
  if (message?.type !== 'stop') return;
  await worker.stop();
  await database.close();
  process.disconnect?.();
  process.exit(0);
});
