import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratchDatabase,
  ensureServerBundle,
  type ServerProcess,
  spawnServerProcess,
} from '../../../test/support/spawn-server-process.ts';

const REPS = 7;
const LEADS = 10_000;
/** Submissions in flight per server process. */
const CLIENTS_PER_SERVER = 24;
const ADMIN_PASSWORD = 'processes-Admin-Password-1';

/** POSTs JSON on a keep-alive connection and resolves with the status and body. */
function post(agent: http.Agent, url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
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
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// The acceptance check of A-2 on real processes: two `lodestar serve` instances on one PostgreSQL database
// take 10,000 web-form leads at the same time for a seven-person round-robin.
describe.skipIf(!process.env.TEST_DATABASE_URL)('round-robin across two server processes (postgres)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const servers: ServerProcess[] = [];
  let sql: pg.Client;
  let token: string;
  const reps: number[] = [];

  const api = async (server: ServerProcess, cookie: string, method: string, url: string, body?: unknown) => {
    const res = await fetch(`${server.baseUrl}/api/v1${url}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, text).toBeLessThan(300);
    return JSON.parse(text);
  };

  beforeAll(async () => {
    await ensureServerBundle();
    scratch = await createScratchDatabase('lodestar_rr');
    const env = {
      DATABASE_URL: scratch.url,
      LODESTAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
      // All the load comes from one address to one form: the flood limits would refuse it.
      LODESTAR_LEAD_FORM_IP_LIMIT: '0',
      LODESTAR_LEAD_FORM_TOKEN_LIMIT: '0',
    };
    // The first one migrates the database; the second starts on it.
    servers.push(await spawnServerProcess(env));
    servers.push(await spawnServerProcess(env));
    const login = await fetch(`${servers[0]!.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const roles = await api(servers[0]!, cookie, 'GET', '/roles');
    const repRole = (roles.items ?? roles).find((role: { key: string }) => role.key === 'salesRep');
    for (let i = 0; i < REPS; i += 1) {
      const created = await api(servers[0]!, cookie, 'POST', '/users', {
        username: `rr.rep${i}`,
        name: `轮询销售${i + 1}`,
        roleIds: [repRole.id],
      });
      reps.push(created.user.id);
    }
    const ruleSet = await api(servers[0]!, cookie, 'POST', '/lead-assignment/rule-sets', {
      name: '七人轮询',
      rules: [{ name: '全部', strategy: 'roundRobin', members: reps.map((userId) => ({ userId })) }],
    });
    const form = await api(servers[1]!, cookie, 'POST', '/lead-forms', {
      name: '官网咨询',
      fields: [{ field: 'name', required: true }, { field: 'phone' }, { field: 'email' }],
      ruleSetId: ruleSet.id,
    });
    token = form.token;
    sql = new pg.Client({ connectionString: scratch.url });
    await sql.connect();
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    for (const server of servers) await server.stop();
    await scratch?.drop();
  }, 60_000);

  it(`gives each of ${REPS} people 1,428 or 1,429 of ${LEADS.toLocaleString()} leads, none unassigned, none twice, strictly in turn`, async () => {
    const agents = servers.map(() => new http.Agent({ keepAlive: true, maxSockets: CLIENTS_PER_SERVER }));
    const failures: string[] = [];
    let next = 0;
    const client = async (server: number) => {
      const url = `${servers[server]!.baseUrl}/api/v1/public/lead-forms/${token}/submissions`;
      while (next < LEADS) {
        const i = next++;
        const res = await post(
          agents[server]!,
          url,
          JSON.stringify({
            name: `并发线索${i}`,
            phone: `137${String(i).padStart(8, '0')}`,
            email: `rr${i}@example.cn`,
          }),
        );
        if (res.status !== 201) failures.push(`${i}: ${res.status} ${res.text.slice(0, 200)}`);
      }
    };
    // Both processes at once, each with its share of the clients.
    await Promise.all(
      servers.flatMap((_, server) => Array.from({ length: CLIENTS_PER_SERVER }, () => client(server))),
    );
    for (const agent of agents) agent.destroy();
    expect(failures.slice(0, 5)).toEqual([]);

    const rows = async (text: string) => (await sql.query(text)).rows;
    const [leads] = await rows(
      'select count(*)::int as n, count(owner_id)::int as owned, count(distinct name)::int as names from obj_lead',
    );
    expect(leads).toEqual({ n: LEADS, owned: LEADS, names: LEADS });
    const perRep = await rows(
      'select owner_id, count(*)::int as n from obj_lead group by owner_id order by owner_id',
    );
    expect(perRep.map((row) => Number(row.owner_id))).toEqual([...reps].sort((a, b) => a - b));
    for (const row of perRep) expect([1428, 1429]).toContain(row.n);
    expect(perRep.reduce((sum, row) => sum + row.n, 0)).toBe(LEADS);

    // Each lead assigned once, in the order the turns were taken (the log's), cycling through the seven.
    const log = await rows('select lead_id, user_id from lead_assignment_log order by id');
    expect(log).toHaveLength(LEADS);
    expect(new Set(log.map((row) => Number(row.lead_id))).size).toBe(LEADS);
    expect(log.map((row) => Number(row.user_id))).toEqual(log.map((_, index) => reps[index % REPS]));
    // Every lead has its follow-up task, of its owner.
    const [tasks] = await rows(
      `select count(*)::int as n, count(distinct t.lead_id)::int as leads from obj_task t
         join obj_lead l on l.id = t.lead_id and l.owner_id = t.owner_id`,
    );
    expect(tasks).toEqual({ n: LEADS, leads: LEADS });
    const [state] = await rows('select turns::int as turns from lead_rule_state');
    expect(state.turns).toBe(LEADS);
  }, 600_000);
});
