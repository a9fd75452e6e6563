import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import serverPackage from '../../package.json' with { type: 'json' };
import { type Config, loadConfig, redactUrl } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrationStatus } from '../db/migrate.ts';
import type { Command } from './commands.ts';
import { formatBytes } from './format-bytes.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'Check the installation: configuration, Node.js, database, migrations, disk, web app',
  help: `Usage: lodestar doctor

Prints the effective configuration (secrets redacted), the Node.js version, the database dialect and
server version, the data folder and its free disk space, every migration as applied or pending, users
and jobs by status, and whether the web app is built. Changes nothing.

Exit code 0 when the installation is usable; 1 when the database is unreachable or migrations are
pending (run \`lodestar migrate\`).`,
  async run() {
    const config = loadConfig();
    const problems: string[] = [];
    section('Lodestar');
    row('version', serverPackage.version);
    row(
      'Node.js',
      `${process.version}${isSupportedNode(process.versions.node) ? '' : ' (unsupported: use 20.19+ or 22.12+)'}`,
    );
    row('platform', `${process.platform} ${process.arch}`);

    section('Configuration');
    for (const [key, value] of Object.entries(config)) row(key, showConfigValue(key, value));

    section('Data folder');
    row('path', config.dataDir);
    row('free space', freeSpace(config.dataDir));

    section('Database');
    row('dialect', config.databaseUrl ? 'postgres' : 'sqlite');
    const sqliteFile = path.join(config.dataDir, 'lodestar.db');
    row('location', redactUrl(config.databaseUrl) ?? sqliteFile);
    let database: Database | null = null;
    try {
      if (!config.databaseUrl && !fs.existsSync(sqliteFile)) {
        throw new Error(`no database file yet (\`lodestar migrate\` or \`lodestar serve\` creates it)`);
      }
      database = openConfiguredDatabase(config, { mustExist: true });
      row('server', await withTimeout(database.version(), CONNECT_TIMEOUT_MS));
      problems.push(...(await reportMigrations(database)));
      if (problems.length === 0) await reportCounts(database);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      row('server', `unreachable: ${message}`);
      problems.push(`The database is unreachable: ${message}`);
    } finally {
      await database?.close().catch(() => undefined);
    }

    section('Web app');
    const webDir = config.webDir ?? findWebDist();
    const built = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
    row('built', built ? `yes (${webDir})` : 'no (npm start builds it; or npm run build)');

    console.log('');
    if (problems.length) {
      for (const p of problems) console.log(`PROBLEM: ${p}`);
      return 1;
    }
    console.log('OK: the installation is ready.');
    return 0;
  },
};

async function reportMigrations(database: Database): Promise<string[]> {
  section('Migrations');
  const migrations = await migrationStatus(database);
  for (const m of migrations) row(m.name, m.executedAt ? `applied ${m.executedAt}` : 'PENDING');
  const pending = migrations.filter((m) => !m.executedAt).length;
  return pending
    ? [`${pending} migration(s) pending: run \`lodestar migrate\` (serve also applies them).`]
    : [];
}

async function reportCounts(database: Database): Promise<void> {
  const users = await database.db
    .selectFrom('users')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const jobs = await database.db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  section('Data');
  row('users', byStatus(users, ['active', 'disabled']));
  row('jobs', byStatus(jobs, ['pending', 'running', 'done', 'dead']));
}

function byStatus(rows: Array<{ status: string; n: number | string }>, known: string[]): string {
  const counts = new Map<string, number>(known.map((s) => [s, 0]));
  for (const r of rows) counts.set(r.status, Number(r.n));
  return [...counts].map(([status, n]) => `${status} ${n}`).join(', ');
}

/** A database host that drops packets would otherwise keep `doctor` waiting for the TCP timeout. */
const CONNECT_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const SECRET_KEY = /password|secret|token/i;

/** A configuration value as `doctor` shows it: secrets only say whether they are set. */
function showConfigValue(key: keyof Config | string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '(not set)';
  if (SECRET_KEY.test(key)) return '(set, hidden)';
  if (key === 'databaseUrl') return redactUrl(String(value)) ?? '';
  return String(value);
}

/** Node.js versions the package declares in `engines`: 20.19+ or 22.12+. */
export function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
}

function freeSpace(dir: string): string {
  let existing = dir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    const stats = fs.statfsSync(existing);
    const note = existing === dir ? '' : ` (folder not created yet; measured at ${existing})`;
    return `${formatBytes(stats.bavail * stats.bsize)}${note}`;
  } catch {
    return 'unknown';
  }
}

/** The built web app of this checkout: `packages/web/dist` found by walking up from this module. */
function findWebDist(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'packages', 'web'))) return path.join(dir, 'packages', 'web', 'dist');
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function section(title: string): void {
  console.log(`\n${title}`);
}

function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(22)}${value}`);
}
