// Lead intake at load: a real server, three public web forms (one per source) whose leads go
// through a rule set of ten rules (conditions on the sales area and the product line — custom select fields —
// and on the source; user, round-robin, weighted round-robin, least-loaded and pool strategies), and
// concurrent clients posting leads to the forms' public endpoint.
// A submission is answered only after its lead is stored, assigned (owner and follow-up task, or pool) and
// committed; afterwards the database is checked: every lead there once, owned or pooled, each owned one
// with one task, every rule used.
//
//   npm run bench -- leads [--db sqlite|postgres] [--leads 20000] [--clients 20] [--cpu-prof]
//
// The form's rate limits are switched off for the server it starts (LODESTAR_LEAD_FORM_IP_LIMIT=0 and
// LODESTAR_LEAD_FORM_TOKEN_LIMIT=0): all the load comes from one address and one form.
// --cpu-prof writes a CPU profile of the server process to bench/results/profiles/.
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { report } from './lib/report.mjs';
import { readDatabase, serverDatabase } from './lib/server-database.mjs';
import { cpuMillis, ROOT, signIn, startServer } from './lib/server-process.mjs';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    dialect: { type: 'string' },
    leads: { type: 'string', default: '20000' },
    clients: { type: 'string', default: '20' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const dialect = values.db ?? values.dialect ?? 'sqlite';
const total = Number(values.leads);
const clients = Number(values.clients);
const REP_PASSWORD = 'bench-Rep-Password-1';

/** Sales areas, a custom select field of the lead (`other` matches no area rule). */
const AREAS = ['east', 'south', 'north', 'west', 'other'];
const AREA_LABELS = { east: '华东', south: '华南', north: '华北', west: '西部', other: '其他' };
const PRODUCT_LINES = ['mes', 'erp', 'crm', 'scm'];
/** One form per source: a web form sets its own source on its leads (visitors cannot choose it). */
const FORM_SOURCES = ['website', 'partner', 'exhibition'];

async function api(baseUrl, cookie, method, url, body) {
  const res = await fetch(`${baseUrl}/api/v1${url}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Teams, reps, two custom fields, two pools, the ten-rule set and three forms — all through the API. */
async function setUp(baseUrl, cookie) {
  const roles = await api(baseUrl, cookie, 'GET', '/roles');
  const repRole = (roles.items ?? roles).find((role) => role.key === 'salesRep');
  const team = {};
  const reps = {};
  for (const [area, name, count] of [
    ['east', '华东大区', 6],
    ['south', '华南大区', 4],
    ['north', '华北大区', 4],
    ['west', '西部大区', 2],
    ['inside', '电话销售组', 4],
  ]) {
    team[area] = (await api(baseUrl, cookie, 'POST', '/departments', { name })).id;
    reps[area] = [];
    for (let n = 0; n < count; n += 1) {
      const created = await api(baseUrl, cookie, 'POST', '/users', {
        username: `${area}.rep${n}`,
        name: `${name}销售${n + 1}`,
        departmentId: team[area],
        roleIds: [repRole.id],
        password: REP_PASSWORD,
      });
      reps[area].push(created.user.id);
    }
  }
  const select = (apiName, zh, en, values, labels = {}) =>
    api(baseUrl, cookie, 'POST', '/objects/lead/fields', {
      apiName,
      type: 'select',
      label: { 'zh-CN': zh, en },
      options: {
        choices: values.map((value) => ({ value, label: { 'zh-CN': labels[value] ?? value, en: value } })),
      },
    });
  await select('salesArea', '销售大区', 'Sales area', AREAS, AREA_LABELS);
  await select('productLine', '产品线', 'Product line', PRODUCT_LINES);
  const pool = async (name, members) =>
    (
      await api(baseUrl, cookie, 'POST', '/lead-pools', {
        name,
        members: members.map((userId) => ({ userId })),
      })
    ).id;
  const eastPool = await pool('华东公海', reps.east);
  const commonPool = await pool('公共公海', Object.values(reps).flat());
  const inArea = (area) => ({ field: 'salesArea', op: 'eq', value: area });
  const is = (field, value) => ({ field, op: 'eq', value });
  const members = (ids, weights = []) => ids.map((userId, i) => ({ userId, weight: weights[i] ?? 1 }));
  const rules = [
    {
      name: '华东 MES → 轮询',
      condition: { and: [inArea('east'), is('productLine', 'mes')] },
      strategy: 'roundRobin',
      members: members(reps.east.slice(0, 3)),
    },
    {
      name: '华东 ERP → 加权轮询',
      condition: { and: [inArea('east'), is('productLine', 'erp')] },
      strategy: 'weightedRoundRobin',
      members: members(reps.east.slice(3), [3, 2, 1]),
    },
    { name: '华东其他 → 华东公海', condition: inArea('east'), strategy: 'pool', poolId: eastPool },
    {
      name: '华南合作伙伴 → 指定销售',
      condition: { and: [inArea('south'), is('source', 'partner')] },
      strategy: 'user',
      userId: reps.south[0],
    },
    {
      name: '华南 → 最少线索',
      condition: inArea('south'),
      strategy: 'leastLoaded',
      members: members(reps.south.slice(1)),
    },
    {
      name: '华北 → 团队轮询',
      condition: inArea('north'),
      strategy: 'roundRobin',
      departmentId: team.north,
    },
    {
      name: '西部 → 加权轮询',
      condition: inArea('west'),
      strategy: 'weightedRoundRobin',
      members: members(reps.west, [2, 1]),
    },
    {
      name: '展会线索 → 电话销售',
      condition: is('source', 'exhibition'),
      strategy: 'leastLoaded',
      members: members(reps.inside),
    },
    {
      name: 'SCM → 指定销售',
      condition: is('productLine', 'scm'),
      strategy: 'user',
      userId: reps.inside[0],
    },
    { name: '其余 → 公共公海', condition: null, strategy: 'pool', poolId: commonPool },
  ];
  const ruleSet = await api(baseUrl, cookie, 'POST', '/lead-assignment/rule-sets', {
    name: '官网线索分配',
    taskDueMinutes: 30,
    rules,
  });
  const forms = [];
  for (const source of FORM_SOURCES) {
    forms.push(
      await api(baseUrl, cookie, 'POST', '/lead-forms', {
        name: `咨询表单（${source}）`,
        fields: [
          { field: 'name', required: true },
          { field: 'company' },
          { field: 'phone', required: true },
          { field: 'email' },
          { field: 'salesArea' },
          { field: 'productLine' },
        ],
        source,
        ruleSetId: ruleSet.id,
      }),
    );
  }
  return { forms, ruleSet };
}

/** Lead `i`: its form, and a body of unique name, company, phone and e-mail, with a mix of area and line. */
function submission(i) {
  return {
    form: i % FORM_SOURCES.length,
    body: JSON.stringify({
      name: `压测线索${i}`,
      company: `压测公司${i}有限公司`,
      phone: `139${String(i).padStart(8, '0')}`,
      email: `lead${i}@bench.example.cn`,
      salesArea: AREAS[i % AREAS.length],
      productLine: PRODUCT_LINES[Math.floor(i / 7) % PRODUCT_LINES.length],
      lf_page: 'https://www.example-site.cn/contact?utm_source=baidu&utm_medium=cpc',
    }),
  };
}

/** Posts `count` submissions with `concurrency` keep-alive connections; latencies in ms, failures kept. */
async function load(baseUrl, tokens, count, concurrency) {
  const urls = tokens.map((token) => new URL(`${baseUrl}/api/v1/public/lead-forms/${token}/submissions`));
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const post = (url, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const latencies = new Float64Array(count);
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const { form, body } = submission(i);
      const start = performance.now();
      const res = await post(urls[form], body);
      latencies[i] = performance.now() - start;
      if (res.status !== 201) failures.push({ i, status: res.status, text: res.text.slice(0, 300) });
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { seconds, latencies: [...latencies].sort((a, b) => a - b), failures };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** What the run left in the database, checked; throws on anything wrong. */
async function verify(sql, count, ruleCount) {
  const one = async (text) => Number(Object.values((await sql.rows(text))[0])[0]);
  const figures = {
    leads: await one('select count(*) from obj_lead where deleted_at is null'),
    distinctNames: await one('select count(distinct name) from obj_lead'),
    owned: await one('select count(*) from obj_lead where owner_id is not null'),
    pooled: await one(
      'select count(*) from obj_lead l join lead_custody c on c.lead_id = l.id where l.owner_id is null and c.pool_id is not null',
    ),
    ownedWithoutOneTask: await one(
      `select count(*) from obj_lead l where l.owner_id is not null
         and (select count(*) from obj_task t where t.lead_id = l.id and t.owner_id = l.owner_id) <> 1`,
    ),
    tasks: await one('select count(*) from obj_task'),
    assignments: await one('select count(*) from lead_assignment_log'),
    assignedLeads: await one('select count(distinct lead_id) from lead_assignment_log'),
    unassignedOutcomes: await one("select count(*) from lead_assignment_log where outcome = 'unassigned'"),
  };
  const perRule = await sql.rows(
    'select rule_name, outcome, count(*) as n from lead_assignment_log group by rule_name, outcome order by rule_name',
  );
  const problems = [];
  if (figures.leads !== count) problems.push(`${figures.leads} leads stored, not ${count}`);
  if (figures.distinctNames !== count) problems.push(`${figures.distinctNames} distinct leads, not ${count}`);
  if (figures.owned + figures.pooled !== count)
    problems.push(`${count - figures.owned - figures.pooled} leads neither owned nor pooled`);
  if (figures.ownedWithoutOneTask !== 0)
    problems.push(`${figures.ownedWithoutOneTask} owned leads without exactly one task of their owner`);
  if (figures.tasks !== figures.owned)
    problems.push(`${figures.tasks} tasks for ${figures.owned} owned leads`);
  if (figures.assignments !== count || figures.assignedLeads !== count)
    problems.push(`${figures.assignments} assignments of ${figures.assignedLeads} leads, not ${count}`);
  if (figures.unassignedOutcomes !== 0) problems.push(`${figures.unassignedOutcomes} leads left unassigned`);
  if (perRule.length !== ruleCount) problems.push(`${perRule.length} of ${ruleCount} rules were used`);
  return { figures, perRule: perRule.map((r) => ({ ...r, n: Number(r.n) })), problems };
}

const database = await serverDatabase(dialect);
const profileDir = path.join(ROOT, 'bench/results/profiles');
let server;
try {
  server = await startServer({
    dataDir: database.dataDir,
    env: {
      ...database.env,
      LODESTAR_DEMO: '0',
      LODESTAR_LEAD_FORM_IP_LIMIT: '0',
      LODESTAR_LEAD_FORM_TOKEN_LIMIT: '0',
    },
    nodeArgs: values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  const cookie = await signIn(server.baseUrl);
  const { forms, ruleSet } = await setUp(server.baseUrl, cookie);
  console.log(
    `Posting ${total.toLocaleString()} leads with ${clients} clients to ${server.baseUrl} (${dialect}) …`,
  );
  const cpuBefore = cpuMillis(server.pid);
  const run = await load(
    server.baseUrl,
    forms.map((form) => form.token),
    total,
    clients,
  );
  const cpuMs = cpuMillis(server.pid) - cpuBefore;
  await server.stop();
  server = null;
  if (run.failures.length > 0)
    throw new Error(`${run.failures.length} submissions failed, e.g. ${JSON.stringify(run.failures[0])}`);

  const sql = readDatabase(dialect, database);
  const checked = await verify(sql, total, ruleSet.rules.length).finally(() => sql.close());
  console.table(checked.perRule);
  if (checked.problems.length > 0) throw new Error(`check failed: ${checked.problems.join('; ')}`);

  const rate = total / run.seconds;
  const p50 = percentile(run.latencies, 50);
  const p99 = percentile(run.latencies, 99);
  report(
    `leads-${dialect}`,
    [
      { metric: `leads posted (${clients} clients, 10 rules)`, value: total, unit: 'leads', decimals: 0 },
      {
        metric: 'intake throughput',
        value: rate,
        unit: 'leads/s',
        target: '> 1,000',
        ok: rate > 1000,
        decimals: 0,
      },
      { metric: 'latency p50 (stored, assigned, task)', value: p50, unit: 'ms', decimals: 2 },
      { metric: 'latency p99', value: p99, unit: 'ms', target: '< 50', ok: p99 < 50, decimals: 1 },
      { metric: 'latency max', value: run.latencies.at(-1), unit: 'ms', decimals: 1 },
      { metric: 'server CPU per lead', value: cpuMs / total, unit: 'ms', decimals: 3 },
      {
        metric: 'owned leads (each with one task)',
        value: checked.figures.owned,
        unit: 'leads',
        decimals: 0,
      },
      { metric: 'pooled leads', value: checked.figures.pooled, unit: 'leads', decimals: 0 },
    ],
    {
      dialect,
      leads: total,
      clients,
      seconds: run.seconds,
      perRule: checked.perRule,
      checks: checked.figures,
    },
  );
} finally {
  await server?.stop();
  await database.dispose();
}
