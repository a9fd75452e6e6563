// `npm run bench -- <name> [options]`: runs one benchmark (or all), prints a table, writes bench/results/*.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/server-process.mjs';
import { benchMe } from './me.mjs';
import { benchMemory } from './memory.mjs';
import { benchStartup } from './startup.mjs';

const USAGE = `Usage: npm run bench -- <name> [options]

Benchmarks (each starts real server processes on temporary data folders, on 127.0.0.1 only):
  startup   spawn → first 200 of /api/v1/health on existing data; lodestar serve and npm start (median)
  memory    resident memory of the idle server after a few requests (median)
  me        GET /api/v1/me with a session: requests/s and latency under concurrent load (autocannon)
  records   the records engine on N records (bench/records.mjs; options after the name go to it, e.g.
            --rows 1000000 --dialect sqlite|postgres --requests 200 --connections 20 --duration 10)
  jobs      no-op job throughput on SQLite, and on PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set
            (bench/jobs.mjs; options after the name go to it, e.g. --jobs 5000 --concurrency 8)
  leads     lead intake through a public web form with a 10-rule rule set: leads/s and latency, then a check
            of every lead (bench/leads.mjs; e.g. --db sqlite|postgres --leads 20000 --clients 20 --cpu-prof)
  leads-sla the first-response report over N timed leads, per grouping, as admin and as a rep
            (bench/leads-sla.mjs; e.g. --rows 1000000 --dialect sqlite|postgres --runs 5)
  leads-recycle  the daily lead recycle run over N leads (bench/leads-recycle.mjs; e.g. --rows 1000000
            --dialect sqlite|postgres)
  quote-pdf quote PDFs with the embedded CJK font: median ms per PDF and PDFs/s (bench/quote-pdf.mjs; e.g.
            --pdfs 50 --lines 20 --out sample.pdf)
  lifecycle lead to cash on a database seeded with \`lodestar seed --demo --scale N\`: funnel, forecast and kanban
            (company and one rep), a 360° timeline of ~5,000 entries, quote PDFs (bench/lifecycle.mjs; e.g.
            --scale 100000 --dialect sqlite|postgres --runs 30 --pdfs 30)
  all       all of the above, in that order

Options:
  --runs N          starts per figure for startup (5) and memory (3)
  --connections N   concurrent connections for me (50)
  --duration S      seconds of load for me (10)

Results: a table on the console and JSON in bench/results/<name>-<timestamp>.json.`;

/** The jobs and records benchmarks are separate scripts with their own options, run as child processes. */
function benchScript(file, args) {
  const script = path.join(ROOT, 'bench', file);
  if (!fs.existsSync(script)) {
    console.log(`bench/${file} is not present; skipped.`);
    return;
  }
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`bench/${file} exited with ${result.status ?? result.signal}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    runs: { type: 'string' },
    connections: { type: 'string' },
    duration: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [name] = positionals;
// The jobs benchmark parses its own options: hand it everything after the name untouched.
const rest = process.argv.slice(process.argv.indexOf(name ?? '') + 1);
const number = (v) => (v === undefined ? undefined : Number(v));
const runs = number(values.runs);
const benches = {
  startup: () => benchStartup({ runs }),
  memory: () => benchMemory({ runs }),
  me: () => benchMe({ connections: number(values.connections), duration: number(values.duration) }),
  jobs: () => benchScript('jobs.mjs', rest),
  records: () => benchScript('records.mjs', rest),
  'quote-pdf': () => benchScript('quote-pdf.mjs', rest),
  lifecycle: () => benchScript('lifecycle.mjs', rest),
  leads: () => benchScript('leads.mjs', rest),
  'leads-sla': () => benchScript('leads-sla.mjs', rest),
  'leads-recycle': () => benchScript('leads-recycle.mjs', rest),
};

if (values.help || !name || !(name in benches || name === 'all')) {
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 2;
} else {
  const names = name === 'all' ? Object.keys(benches) : [name];
  for (const n of names) await benches[n]();
}
