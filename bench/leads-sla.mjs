// The first-response report (A-3, `GET /api/v1/reports/lead-response`) over N timed leads, in one process:
// N leads (default 1,000,000) inserted straight into the lead table by INSERT … SELECT in chunks, owned by
// 50 reps in 5 departments, from 6 sources, created over the last 20 weeks, their first-response fields
// filled as the clock leaves them (six in ten met, three breached, one still pending), then the report per
// grouping (owner, department, source, week) as the admin and as one rep (data scope: own leads), and once
// more with a `from`–`to` range of four weeks. Median of --runs runs after one to warm up.
//
//   npm run bench -- leads-sla [--rows 1000000] [--dialect sqlite|postgres] [--runs 5]
import { parseArgs } from 'node:util';
import { freshDatabase } from './lib/fresh-database.mjs';
import { median, report } from './lib/report.mjs';
import { loadServerModules } from './lib/server-modules.mjs';

const OWNERS = 50;
const DEPARTMENTS = 5;
const SOURCES = ['website', 'webForm', 'advertising', 'exhibition', 'referral', 'partner'];
const PASSWORD = 'bench-Password-1';
const DAY_MS = 86_400_000;
const CHUNK = 100_000;

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    dialect: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const dialect = values.dialect;
const runs = Number(values.runs);

const server = await loadServerModules('leads-sla', [
  "export { loadConfig } from './src/config.ts';",
  "export { openDatabase } from './src/db/database.ts';",
  "export { buildApp } from './src/app.ts';",
  "export { prepareDatabase } from './src/platform/prepare-database.ts';",
  "export { insertDepartment, insertUser, FIXTURE_PASSWORD } from './test/support/org-fixtures.ts';",
]);
const { sql } = await import('kysely');

/** Inserts the leads in chunks of one INSERT … SELECT each, every figure derived from the row number. */
async function insertLeads(db, owners, now) {
  const stampType = dialect === 'postgres' ? 'timestamptz' : 'text';
  // Both dialects: `i` counts from `start`; the created moment is spread over 140 days, the response takes
  // 0–59 minutes when met, 6–600 when breached (the target is 5).
  const stamp = (msExpr) =>
    dialect === 'postgres'
      ? `(timestamptz '${new Date(now).toISOString()}' - (${msExpr}) * interval '1 millisecond')`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', ${now / 1000} - (${msExpr}) / 1000.0, 'unixepoch')`;
  const createdAgo = `((i * 7919) % ${140 * 24 * 60}) * 60000 + 3600000`;
  const minutes = `case when i % 10 < 6 then (i * 13) % 5 when i % 10 < 9 then 6 + (i * 17) % 595 else null end`;
  const status = `case when i % 10 < 6 then 'met' when i % 10 < 9 then 'breached' else 'pending' end`;
  const ownerOf = `case (i % ${OWNERS}) ${owners.map((id, n) => `when ${n} then ${id}`).join(' ')} end`;
  const sourceOf = `case (i % ${SOURCES.length}) ${SOURCES.map((s, n) => `when ${n} then '${s}'`).join(' ')} end`;
  for (let start = 0; start < rows; start += CHUNK) {
    const end = Math.min(rows, start + CHUNK);
    const series =
      dialect === 'sqlite'
        ? `with recursive seq(i) as (select ${start} union all select i + 1 from seq where i + 1 < ${end}) `
        : '';
    const from = dialect === 'sqlite' ? 'seq' : `generate_series(${start}::bigint, ${end - 1}) as seq(i)`;
    await sql
      .raw(
        `${series}insert into obj_lead (name, company, status, source, owner_id, version, created_by, updated_by,
           created_at, updated_at, response_due_at, first_response_at, response_minutes, response_status)
         select '线索' || cast(i as text), '公司' || cast(i as text), 'contacted', ${sourceOf}, ${ownerOf}, 1,
           ${owners[0]}, ${owners[0]}, cast(${stamp(createdAgo)} as ${stampType}),
           cast(${stamp(createdAgo)} as ${stampType}),
           cast(${stamp(`${createdAgo} - 300000`)} as ${stampType}),
           case when i % 10 < 9 then cast(${stamp(`${createdAgo} - (${minutes}) * 60000`)} as ${stampType}) end,
           ${minutes}, ${status}
         from ${from}`,
      )
      .execute(db);
  }
  await sql.raw(dialect === 'postgres' ? 'vacuum analyze obj_lead' : 'analyze').execute(db);
}

const fresh = await freshDatabase(server.openDatabase, {
  dialect,
  keep: values.keep,
  prefix: 'lodestar-sla',
});
const { database } = fresh;
try {
  const config = server.loadConfig({}, { adminPassword: PASSWORD, seedDemo: false, workerInProcess: false });
  await server.prepareDatabase(database, config);
  const owners = [];
  for (let d = 0; d < DEPARTMENTS; d += 1) {
    const department = await server.insertDepartment(database.db, `销售${d + 1}部`);
    for (let n = 0; n < OWNERS / DEPARTMENTS; n += 1)
      owners.push(
        await server.insertUser(database.db, {
          username: `rep${d}.${n}`,
          departmentId: department.id,
          roles: ['salesRep'],
        }),
      );
  }
  const now = Date.now();
  console.log(`Inserting ${rows.toLocaleString()} timed leads in ${fresh.where} …`);
  let started = performance.now();
  await insertLeads(database.db, owners, now);
  const insertSeconds = (performance.now() - started) / 1000;

  const app = await server.buildApp({ config, database });
  await app.ready();
  const login = async (username, password) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    const cookie = res.cookies.find((c) => c.name === 'lodestar_session');
    if (!cookie) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return `${cookie.name}=${cookie.value}`;
  };
  const viewers = {
    admin: await login('admin', PASSWORD),
    rep: await login('rep0.0', server.FIXTURE_PASSWORD),
  };
  const day = (ms) => new Date(now - ms).toISOString().slice(0, 10);
  const range = `&from=${day(8 * 7 * DAY_MS)}&to=${day(4 * 7 * DAY_MS)}`;
  const table = [];
  const details = {};
  for (const [who, cookie] of Object.entries(viewers)) {
    for (const groupBy of ['owner', 'department', 'source', 'week', 'owner-4-weeks']) {
      const url = `/api/v1/reports/lead-response?groupBy=${groupBy.split('-')[0]}${groupBy.includes('weeks') ? range : ''}`;
      const times = [];
      let body;
      for (let run = 0; run <= runs; run += 1) {
        started = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        const ms = performance.now() - started;
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
        body = res.json();
        if (run > 0) times.push(ms);
      }
      const value = median(times);
      table.push({
        metric: `${who}, by ${groupBy} (${body.total.leads.toLocaleString()} leads, ${body.groups.length} groups)`,
        value,
        unit: 'ms',
        target: '< 1000',
        ok: value < 1000,
        decimals: 0,
      });
      details[`${who}:${groupBy}`] = { times, total: body.total };
    }
  }
  await app.close();
  table.push({
    metric: `insert ${rows.toLocaleString()} leads (INSERT … SELECT)`,
    value: insertSeconds,
    unit: 's',
  });
  report(`leads-sla-${dialect}`, table, { rows, dialect, runs, details });
} finally {
  await fresh.dispose();
}
