// Job throughput: enqueue N no-op jobs, run one worker, time until the queue is drained — on SQLite and,
// when TEST_DATABASE_URL or DATABASE_URL names one, on PostgreSQL. Prints medians of several runs.
//
//   node bench/jobs.mjs [--jobs 5000] [--concurrency 8] [--runs 3]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { median, report } from './lib/report.mjs';
import { loadServerModules } from './lib/server-modules.mjs';

/** Bundles the parts of the server the benchmark drives (the TypeScript sources, as Node cannot load them). */
function loadJobsApi() {
  return loadServerModules('jobs-api', [
    "export { openDatabase } from './src/db/database.ts';",
    "export { migrateToLatest } from './src/db/migrate.ts';",
    "export { enqueueJob } from './src/platform/jobs/enqueue-job.ts';",
    "export { defineJobHandler } from './src/platform/jobs/job-handler.ts';",
    "export { startWorker } from './src/platform/jobs/worker.ts';",
  ]);
}

/** A fresh database for one run: a temp SQLite file, or a new schema in the PostgreSQL database. */
async function freshDatabase(api, dialect, url) {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-bench-jobs-'));
    const database = api.openDatabase({ sqliteFile: path.join(dir, 'bench.db') });
    return {
      database,
      async dispose() {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_jobs_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = api.openDatabase({ url, pgSchema: schema, poolSize: 12 });
  return {
    database,
    async dispose() {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

async function queueDepth(db) {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One run: enqueue `jobs` no-op jobs in one transaction, then time one worker draining them. */
async function runOnce(api, { dialect, url, jobs, concurrency }) {
  const { database, dispose } = await freshDatabase(api, dialect, url);
  try {
    await api.migrateToLatest(database);
    const enqueueStart = performance.now();
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < jobs; i++) await api.enqueueJob(trx, { name: 'bench.noop', payload: { i } });
    });
    const enqueueMs = performance.now() - enqueueStart;
    let handled = 0;
    const noop = api.defineJobHandler('bench.noop', async () => {
      handled++;
    });
    const start = performance.now();
    const worker = await api.startWorker({
      database,
      handlers: [noop],
      concurrency,
      pollIntervalMs: 50,
      dispatchEvents: false,
      runSchedules: false,
    });
    // Counting in the handler keeps the database free for the worker until the last job has run.
    while (handled < jobs) await new Promise((r) => setTimeout(r, 5));
    while ((await queueDepth(database.db)) > 0) await new Promise((r) => setTimeout(r, 5));
    const drainMs = performance.now() - start;
    await worker.stop();
    return {
      enqueueMs,
      drainMs,
      jobsPerSecond: (jobs / drainMs) * 1000,
      enqueuedPerSecond: (jobs / enqueueMs) * 1000,
    };
  } finally {
    await dispose();
  }
}

/**
 * Measures no-op job throughput per dialect; resolves to `{ dialect: { jobsPerSecond, enqueuedPerSecond,
 * drainMs, runs } }` (medians over `runs`).
 */
export async function benchJobs({ jobs = 5000, concurrency = 8, runs = 3, pgUrl } = {}) {
  const api = await loadJobsApi();
  const url = pgUrl ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const dialects = url?.startsWith('postgres') ? ['sqlite', 'postgres'] : ['sqlite'];
  const results = {};
  for (const dialect of dialects) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await runOnce(api, { dialect, url, jobs, concurrency }));
    results[dialect] = {
      jobsPerSecond: median(samples.map((s) => s.jobsPerSecond)),
      enqueuedPerSecond: median(samples.map((s) => s.enqueuedPerSecond)),
      drainMs: median(samples.map((s) => s.drainMs)),
      runs: samples,
    };
  }
  const rows = Object.entries(results).flatMap(([dialect, r]) => [
    {
      metric: `${dialect}: no-op jobs run (median of ${runs})`,
      value: r.jobsPerSecond,
      unit: 'jobs/s',
      decimals: 0,
    },
    { metric: `${dialect}: time to drain ${jobs} jobs`, value: r.drainMs, unit: 'ms', decimals: 0 },
    {
      metric: `${dialect}: jobs enqueued in one transaction`,
      value: r.enqueuedPerSecond,
      unit: 'jobs/s',
      decimals: 0,
    },
  ]);
  if (dialects.length === 1) rows.push({ metric: 'postgres', value: 'skipped (set TEST_DATABASE_URL)' });
  report('jobs', rows, { jobs, concurrency, runs, results });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { jobs: { type: 'string' }, concurrency: { type: 'string' }, runs: { type: 'string' } },
  });
  const number = (v) => (v === undefined ? undefined : Number(v));
  await benchJobs({
    jobs: number(values.jobs),
    concurrency: number(values.concurrency),
    runs: number(values.runs),
  });
}
