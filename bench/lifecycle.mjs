// Lead to cash at scale: seeds a fresh database with `lodestar seed --demo --scale N` (the same function, in
// process), then times the pages a sales team lives in — funnel and forecast for the whole company and for
// one rep, the kanban's first page, the 360° timeline of an account with ~5,000 entries — then runs the
// quote PDF benchmark (bench/quote-pdf.mjs).
//
//   node bench/lifecycle.mjs [--scale 100000] [--dialect sqlite|postgres] [--runs 30] [--pdfs 30] [--keep]
// (--rows is another name for --scale.) PostgreSQL: TEST_DATABASE_URL (a schema is created and dropped);
// SQLite: a temporary file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freshDatabase } from './lib/fresh-database.mjs';
import { report } from './lib/report.mjs';
import { loadServerModules } from './lib/server-modules.mjs';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    rows: { type: 'string' },
    dialect: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '30' },
    pdfs: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale ?? values.rows ?? 100_000);
const runs = Number(values.runs);
const NOW = new Date('2026-11-30T08:00:00Z');

const server = await loadServerModules('lifecycle', [
  "export { loadConfig } from './src/config.ts';",
  "export { openDatabase } from './src/db/database.ts';",
  "export { prepareDatabase } from './src/platform/prepare-database.ts';",
  "export { loadViewer } from './src/platform/auth/load-viewer.ts';",
  "export { loadDemoData, readDemoOrganisation } from './src/platform/demo/load-demo-data.ts';",
  "export { recordContext } from './src/records/record-context.ts';",
  "export { seedDemoScale } from './src/sales/demo/seed-demo-scale.ts';",
  "export { opportunityBoard } from './src/sales/opportunity/opportunity-board.query.ts';",
  "export { salesFunnel } from './src/sales/reports/funnel.query.ts';",
  "export { salesForecast } from './src/sales/reports/forecast.query.ts';",
  "export { readTimeline } from './src/sales/timeline/timeline.query.ts';",
  "export { sql } from 'kysely';",
]);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Wall-clock p50/p99 of `run` after three warm-up runs. */
async function time(run) {
  for (let i = 0; i < 3; i++) await run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

const fresh = await freshDatabase(server.openDatabase, {
  dialect: values.dialect,
  keep: values.keep,
  prefix: 'lodestar-lifecycle',
});
const { database } = fresh;
try {
  const config = server.loadConfig({}, { adminPassword: 'bench-Password-1', seedDemo: false });
  await server.prepareDatabase(database, config);
  await server.loadDemoData(database, { password: 'bench-Demo-Password-1' });
  const organisation = await server.readDemoOrganisation(database.db);
  console.log(`Seeding ${scale.toLocaleString()} opportunities in ${fresh.where} …`);
  const started = performance.now();
  const seeded = await server.seedDemoScale(database, organisation, {
    scale,
    now: NOW,
    onProgress: (message) => console.log(`  ${message}`),
  });
  await (values.dialect === 'postgres' ? server.sql`vacuum analyze` : server.sql`analyze`).execute(
    database.db,
  );
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(`  seeded in ${seedSeconds.toFixed(0)} s`);

  const idOf = async (username) =>
    (
      await database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const viewers = {
    company: await server.loadViewer(database.db, await idOf('admin'), null, null),
    rep: await server.loadViewer(database.db, await idOf('zhangwei'), null, null),
  };
  const largeAccount = await database.db
    .selectFrom('timeline_entries')
    .select(['anchor_id'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('anchor_object', '=', 'account')
    .groupBy('anchor_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const pipelineId = (await server.salesFunnel(database, viewers.company, {})).pipeline.id;
  const rows = [];
  const targets = { company: { sqlite: 500, postgres: 200 }[values.dialect], rep: 50 };
  for (const [who, viewer] of Object.entries(viewers)) {
    const context = await server.recordContext(database, 'opportunity', viewer);
    const figures = {
      funnel: [() => server.salesFunnel(database, viewer, {}), targets[who]],
      'forecast (2026)': [
        () => server.salesForecast(database, viewer, { from: '2026-01', to: '2026-12' }),
        targets[who],
      ],
      'kanban first page': [() => server.opportunityBoard(context, pipelineId, { limit: 20 }), 50],
    };
    for (const [name, [run, limit]] of Object.entries(figures)) {
      const { p50, p99 } = await time(run);
      rows.push({ metric: `${name}, ${who} p50`, value: p50, unit: 'ms' });
      rows.push({
        metric: `${name}, ${who} p99`,
        value: p99,
        unit: 'ms',
        target: `< ${limit} ms`,
        ok: p99 < limit,
      });
    }
  }
  const timeline = await time(() =>
    server.readTimeline(database, viewers.company, {
      object: 'account',
      id: largeAccount.anchor_id,
      limit: 20,
    }),
  );
  rows.push({
    metric: `account 360 timeline first page (${Number(largeAccount.n).toLocaleString()} entries) p50`,
    value: timeline.p50,
    unit: 'ms',
  });
  rows.push({
    metric: 'account 360 timeline first page p99',
    value: timeline.p99,
    unit: 'ms',
    target: '< 50 ms',
    ok: timeline.p99 < 50,
  });

  rows.push({ metric: 'seed (bulk generation)', value: seedSeconds, unit: 's' });
  report(`lifecycle-${values.dialect}`, rows, { scale, runs, ...seeded });
} finally {
  await fresh.dispose();
}

// Quote PDFs: the quote-pdf benchmark (20-line quotes with the embedded CJK font), run as it is.
const pdf = spawnSync(
  process.execPath,
  [path.join(import.meta.dirname, 'quote-pdf.mjs'), '--pdfs', values.pdfs],
  {
    stdio: 'inherit',
  },
);
if (pdf.status !== 0) process.exitCode = 1;
