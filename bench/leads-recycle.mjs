// The daily lead recycle run (A-4) at scale, in one process: N leads (default 1,000,000) inserted straight
// into the lead table by INSERT … SELECT, owned by 50 reps of one pool (no follow-up in 30 days, not
// converted in 90, reminders 3 days ahead), then the recycle preview of the pool and the recycle run.
//
// Scenarios:
//   daily    (default) the steady state of a run a day: three leads in ten arrived within the last 31 days
//            and were not followed up yet; the others are worked, their last follow-up within the last 31
//            days and their owner having them for up to 91 — so a day's share falls due (about 4 %);
//   backlog  the first run on an old database: leads created over 120 days, one in four followed up in
//            the last 10 days — most of them fall due at once (about 60 %).
//
//   npm run bench -- leads-recycle [--rows 1000000] [--dialect sqlite|postgres] [--scenario daily|backlog]
//                                  [--keep]   (--keep: leave the database for a look afterwards)
import { parseArgs } from 'node:util';
import { freshDatabase } from './lib/fresh-database.mjs';
import { report } from './lib/report.mjs';
import { loadServerModules } from './lib/server-modules.mjs';

const OWNERS = 50;
const PASSWORD = 'bench-Password-1';
const DAY_MS = 86_400_000;

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    dialect: { type: 'string', default: 'sqlite' },
    scenario: { type: 'string', default: 'daily' },
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const dialect = values.dialect;
const scenario = values.scenario === 'backlog' ? 'backlog' : 'daily';

const server = await loadServerModules('leads-recycle', [
  "export { loadConfig } from './src/config.ts';",
  "export { buildApp } from './src/app.ts';",
  "export { prepareDatabase } from './src/platform/prepare-database.ts';",
  "export { recycleLeads } from './src/sales/lead-pool/recycle-leads.command.ts';",
  "export { openDatabase } from './src/db/database.ts';",
  "export { insertUser } from './test/support/org-fixtures.ts';",
]);
const { sql } = await import('kysely');

const fresh = await freshDatabase(server.openDatabase, {
  dialect,
  keep: values.keep,
  prefix: 'lodestar-recycle',
});
const { database } = fresh;
if (values.keep) console.log(`Database: ${fresh.where}`);
try {
  const config = server.loadConfig({}, { adminPassword: PASSWORD, seedDemo: false, workerInProcess: false });
  await server.prepareDatabase(database, config);
  const owners = [];
  for (let n = 0; n < OWNERS; n += 1)
    owners.push(await server.insertUser(database.db, { username: `rep${n}`, roles: ['salesRep'] }));

  const now = Date.now();
  const at = (ms) => new Date(ms).toISOString();
  const series =
    dialect === 'sqlite'
      ? `with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ${rows}) `
      : '';
  const from = dialect === 'sqlite' ? 'seq' : `generate_series(1, ${rows}) as seq(i)`;
  const ownerOf = `case (i % ${OWNERS}) ${owners.map((id, n) => `when ${n} then ${id}`).join(' ')} end`;
  // Typed like the columns: PostgreSQL takes no text for a timestamptz in INSERT … SELECT.
  const stampType = dialect === 'postgres' ? 'timestamptz' : 'text';
  const daysAgo = (days, modulo, variable = 'i') =>
    `cast(case (${variable} % ${modulo}) ${Array.from({ length: modulo }, (_, d) => `when ${d} then '${at(now - ((d + 0.5) * days * DAY_MS) / modulo)}'`).join(' ')} end as ${stampType})`;
  // Backlog: created over 120 days. Daily: new leads (i % 10 < 3) within 31 days, worked ones 31 to 120 days ago.
  const createdAt =
    scenario === 'backlog'
      ? daysAgo(120, 120)
      : `case when i % 10 < 3 then ${daysAgo(31, 31)} else cast('${at(now - 120 * DAY_MS)}' as ${stampType}) end`;
  let started = performance.now();
  await sql
    .raw(
      `${series}insert into obj_lead (name, company, status, owner_id, version, created_by, updated_by, created_at, updated_at)
       select '线索' || cast(i as text), '公司' || cast(i as text),
              case when i % 20 = 0 then 'converted' else 'new' end,
              ${ownerOf}, 1, ${owners[0]}, ${owners[0]}, ${createdAt}, ${createdAt} from ${from}`,
    )
    .execute(database.db);
  if (scenario === 'backlog') {
    // One lead in four followed up in the last 10 days.
    const touched = daysAgo(10, 10, 'id');
    await sql
      .raw(
        `insert into lead_custody (lead_id, last_touch_at, last_follow_up_at)
         select id, ${touched}, ${touched} from obj_lead where id % 4 = 0`,
      )
      .execute(database.db);
  } else {
    // Worked leads: followed up within the last 31 days, owned for up to 91.
    const touched = daysAgo(31, 31, 'id');
    await sql
      .raw(
        `insert into lead_custody (lead_id, owner_since, last_touch_at, last_follow_up_at)
         select id, ${daysAgo(91, 91, 'id')}, ${touched}, ${touched} from obj_lead where id % 10 >= 3`,
      )
      .execute(database.db);
  }
  if (dialect === 'postgres') await sql.raw('analyze').execute(database.db);
  const insertMs = performance.now() - started;

  const stamp = at(now);
  const pool = await database.db
    .insertInto('lead_pools')
    .values({
      name: '华东公海',
      position: 0,
      reclaim_cooldown_days: 7,
      no_follow_up_days: 30,
      not_converted_days: 90,
      reminder_days: 3,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('lead_pool_members')
    .values(owners.map((user_id) => ({ pool_id: pool.id, user_id, is_manager: false })))
    .execute();

  const app = await server.buildApp({ config, database });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'lodestar_session');
  started = performance.now();
  const preview = await app.inject({
    method: 'GET',
    url: `/api/v1/lead-pools/${pool.id}/recycle-preview`,
    headers: { cookie: `${cookie.name}=${cookie.value}` },
  });
  const previewMs = performance.now() - started;
  if (preview.statusCode !== 200) throw new Error(preview.body);
  await app.close();

  started = performance.now();
  const run = await server.recycleLeads(database, new Date(now));
  const runMs = performance.now() - started;
  const counts = run.pools[0] ?? { recycled: 0, reminded: 0 };

  report(
    `leads-recycle-${scenario}-${dialect}`,
    [
      { metric: `insert ${rows} leads (one INSERT … SELECT)`, value: insertMs / 1000, unit: 's' },
      { metric: 'recycle preview (next run)', value: previewMs / 1000, unit: 's' },
      { metric: 'leads the preview counts', value: preview.json().total, unit: 'leads', decimals: 0 },
      { metric: 'daily recycle run', value: runMs / 1000, unit: 's', target: '< 30' },
      { metric: 'leads recycled', value: counts.recycled, unit: 'leads', decimals: 0 },
      { metric: 'leads whose owners were reminded', value: counts.reminded, unit: 'leads', decimals: 0 },
    ],
    { rows, dialect, scenario },
  );
} finally {
  await fresh.dispose();
}
