import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../src/cli/commands.ts';
import { openDatabase } from '../src/db/database.ts';
import { runCli } from '../src/main.ts';
import { createScratchDatabase } from './support/spawn-server-process.ts';
import { DIALECTS } from './support/test-database.ts';

/** Runs the CLI as `lodestar …` would, with the given environment, and captures what it prints. */
async function cli(argv: string[], env: Record<string, string | undefined>) {
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const lines: string[] = [];
  const capture = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  const log = vi.spyOn(console, 'log').mockImplementation(capture);
  const error = vi.spyOn(console, 'error').mockImplementation(capture);
  try {
    const code = await runCli(argv);
    return { code, output: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('CLI', () => {
  let dataDir: string;
  let env: Record<string, string | undefined>;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-cli-'));
    env = { LODESTAR_DATA_DIR: dataDir, DATABASE_URL: undefined, LODESTAR_ADMIN_PASSWORD: undefined };
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints usage for every command with --help, and the overview', async () => {
    expect(Object.keys(COMMANDS)).toEqual(expect.arrayContaining(['serve', 'migrate', 'backup', 'doctor']));
    for (const name of Object.keys(COMMANDS)) {
      const res = await cli([name, '--help'], env);
      expect(res.code, name).toBe(0);
      expect(res.output, name).toMatch(new RegExp(`^Usage: lodestar ${name}\\b`));
    }
    const overview = await cli(['--help'], env);
    expect(overview.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(overview.output).toContain(`  ${name}`);
    const unknown = await cli(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('Unknown command "frobnicate"');
    // --help changed nothing on disk.
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('doctor fails without a database, reports pending migrations, then passes after migrate', async () => {
    const missing = await cli(['doctor'], env);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('PROBLEM: The database is unreachable');
    expect(fs.existsSync(path.join(dataDir, 'lodestar.db'))).toBe(false);

    await openDatabase({ sqliteFile: path.join(dataDir, 'lodestar.db') }).close();
    const pending = await cli(['doctor'], env);
    expect(pending.code).toBe(1);
    expect(pending.output).toMatch(/0001-platform\s+PENDING/);
    expect(pending.output).toContain('migration(s) pending');

    expect((await cli(['migrate'], env)).code).toBe(0);
    const secret = 'do-not-print-Me-42';
    const ok = await cli(['doctor'], { ...env, LODESTAR_ADMIN_PASSWORD: secret });
    expect(ok.code).toBe(0);
    expect(ok.output).toMatch(/dialect\s+sqlite/);
    expect(ok.output).toMatch(/server\s+SQLite \d+\.\d+/);
    expect(ok.output).toMatch(/0001-platform\s+applied \d{4}-/);
    expect(ok.output).toMatch(/users\s+active 0, disabled 0/);
    expect(ok.output).toMatch(/jobs\s+pending 0, running 0, done 0, dead 0/);
    expect(ok.output).toMatch(/free space\s+\d/);
    expect(ok.output).toContain(process.version);
    expect(ok.output).toContain('OK: the installation is ready.');
    expect(ok.output).not.toContain(secret);
    expect(ok.output).toMatch(/adminPassword\s+\(set, hidden\)/);
  });

  it('backup writes an online copy that opens as a SQLite database with the users table', async () => {
    expect((await cli(['migrate'], env)).code).toBe(0);
    fs.mkdirSync(path.join(dataDir, 'files', 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'files', 'attachments', 'quote.pdf'), 'pdf bytes');

    const res = await cli(['backup'], env);
    expect(res.code).toBe(0);
    const file = res.output.match(/Database backup: (.+\.db)$/m)?.[1];
    expect(file).toBeDefined();
    expect(path.dirname(file!)).toBe(path.join(dataDir, 'backups'));
    expect(path.basename(file!)).toMatch(/^lodestar-\d{8}T\d{6}Z\.db$/);
    expect(res.output).toMatch(/Size: [\d.]+ [KMG]?B \(\d+ bytes\)/);
    const copy = new SqliteDatabase(file!, { readonly: true, fileMustExist: true });
    try {
      const tables = copy.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
        name: string;
      }>;
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'schema_migrations']));
    } finally {
      copy.close();
    }
    const files = file!.replace(/\.db$/, '-files');
    expect(fs.readFileSync(path.join(files, 'attachments', 'quote.pdf'), 'utf8')).toBe('pdf bytes');

    const out = path.join(dataDir, 'elsewhere', 'copy.db');
    const chosen = await cli(['backup', '--out', out], env);
    expect(chosen.code).toBe(0);
    expect(chosen.output).toContain(`Database backup: ${out}`);
    expect(fs.statSync(out).size).toBeGreaterThan(0);

    const again = await cli(['backup', '--out', out], env);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists');
  });

  it('backup on PostgreSQL prints pg_dump guidance without the password', async () => {
    const res = await cli(['backup'], {
      ...env,
      DATABASE_URL: 'postgres://lodestar:s3cret-pw@db.internal:5432/crm',
    });
    expect(res.code).toBe(0);
    expect(res.output).toContain('pg_dump --format=custom');
    expect(res.output).toContain('pg_restore');
    expect(res.output).toContain('postgres://lodestar:***@db.internal:5432/crm');
    expect(res.output).not.toContain('s3cret-pw');
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });
});

for (const dialect of DIALECTS.filter((d) => d === 'postgres')) {
  describe(`CLI on ${dialect}`, () => {
    it('doctor reports pending migrations, migrate applies them, doctor then passes', async () => {
      const scratch = await createScratchDatabase('lodestar_cli');
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-cli-'));
      const env = { LODESTAR_DATA_DIR: dataDir, DATABASE_URL: scratch.url };
      try {
        const pending = await cli(['doctor'], env);
        expect(pending.code).toBe(1);
        expect(pending.output).toMatch(/server\s+PostgreSQL \d+/);
        expect(pending.output).toMatch(/0001-platform\s+PENDING/);

        expect((await cli(['migrate'], env)).code).toBe(0);
        const ok = await cli(['doctor'], env);
        expect(ok.code).toBe(0);
        expect(ok.output).toMatch(/dialect\s+postgres/);
        expect(ok.output).toMatch(/0001-platform\s+applied/);
        expect(ok.output).toMatch(/users\s+active 0, disabled 0/);

        const unreachable = await cli(['doctor'], {
          ...env,
          DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
        });
        expect(unreachable.code).toBe(1);
        expect(unreachable.output).toContain('PROBLEM: The database is unreachable');
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
        await scratch.drop();
      }
    });
  });
}
