import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type DialectAdapter, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { groupCommitter, type WriteWork } from './group-commit.ts';
import { takeWriteLock } from './locking.ts';
import { createPgListener, type NotifyHandler } from './pg-listener.ts';
import type { DB } from './schema.ts';
import { type SqliteCheckpointer, startSqliteCheckpointer } from './sqlite-checkpointer.ts';
import { keptStatementsOf } from './sqlite-statements.ts';

export type DialectName = 'sqlite' | 'postgres';

/** What differs between dialects, as flags: code outside `db/` asks these instead of branching on the name. */
export interface Capabilities {
  /** `SELECT … FOR UPDATE SKIP LOCKED` for concurrent job claiming. */
  skipLocked: boolean;
  /** Session-level advisory locks for cluster-wide singletons (the scheduler). */
  advisoryLocks: boolean;
  /** Several processes may write at once (false: one writer, as with an embedded SQLite file). */
  concurrentWriters: boolean;
  /** `NOTIFY`/`LISTEN` between instances sharing the database (`notifyChannel`, `Database.listen`). */
  notify: boolean;
  /** Inserts inside `WITH` (PostgreSQL's data-modifying CTEs): several tables written in one statement. */
  writableCte: boolean;
}

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  caps: Capabilities;
  /** PostgreSQL schema holding the tables (`public` unless set for test isolation); undefined on SQLite. */
  schema?: string;
  /**
   * Runs a write transaction with the write lock taken first (see `takeWriteLock`). With one writer
   * (SQLite) concurrent writes are committed in groups (`groupCommitter`); with concurrent writers each
   * runs in a transaction of its own. Either way the promise settles after the write committed or failed.
   */
  transactWrite<T>(work: WriteWork<T>): Promise<T>;
  /** Human-readable server version, for `doctor` and health. */
  version(): Promise<string>;
  /** Writes a consistent copy of the whole database to `file` while it stays in use (embedded SQLite only). */
  backupTo?(file: string): Promise<void>;
  /**
   * Calls `onNotify` whenever a transaction that ran `notifyChannel(…, channel)` on this database (and
   * schema) commits, in any process; resolves to the function that unsubscribes. Never throws: while the
   * connection is down it retries with backoff, and polling covers the gap. Where `caps.notify` is set.
   */
  listen?(channel: string, onNotify: NotifyHandler): Promise<() => Promise<void>>;
  /** The thread copying an embedded SQLite file's log, when opened with `sqliteBackgroundCheckpoints`. */
  checkpointer?: SqliteCheckpointer;
  close(): Promise<void>;
}

/** Capabilities by the Kysely adapter of each open database: shared by its instance and its transactions. */
const capabilitiesByAdapter = new WeakMap<DialectAdapter, Capabilities>();

/** The SQLite connection of each open SQLite database, by its Kysely adapter (see `transactionConnectionOf`). */
const sqliteByAdapter = new WeakMap<DialectAdapter, SqliteDatabase.Database>();

/**
 * The SQLite connection an open transaction holds, or undefined (not a transaction, or PostgreSQL). A SQLite
 * database has one connection, and a transaction holds it until it ends: statements of that transaction may
 * run on it directly. Never use it outside a transaction — another one may hold the connection then.
 */
export function transactionConnectionOf(db: Kysely<DB>): SqliteDatabase.Database | undefined {
  return db.isTransaction ? sqliteByAdapter.get(db.getExecutor().adapter) : undefined;
}

/** The capabilities of the database a Kysely instance or transaction belongs to (undefined if not opened here). */
export function capabilitiesOf(db: Kysely<DB>): Capabilities | undefined {
  return capabilitiesByAdapter.get(db.getExecutor().adapter);
}

export interface OpenDatabaseOptions {
  /** `postgres://…`; when absent, SQLite at `sqliteFile`. */
  url?: string | undefined;
  /** SQLite file path, or `:memory:`. */
  sqliteFile?: string;
  /** PostgreSQL schema to use as `search_path` (test isolation). */
  pgSchema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** Fail instead of creating the SQLite file when it does not exist yet (for read-only inspection). */
  sqliteMustExist?: boolean;
  /**
   * Checkpoint the SQLite file's log on a thread of its own as well (`startSqliteCheckpointer`): for a
   * long-running server; a short command leaves it to SQLite's automatic checkpoint.
   */
  sqliteBackgroundCheckpoints?: boolean;
}

/** Opens the database named by a URL or a SQLite path; the single place that knows which dialect is in use. */
export function openDatabase(options: OpenDatabaseOptions): Database {
  if (options.url?.startsWith('postgres')) return openPostgres(options.url, options);
  const file = options.sqliteFile ?? ':memory:';
  return openSqlite(file, options.sqliteMustExist ?? false, options.sqliteBackgroundCheckpoints ?? false);
}

function openSqlite(file: string, mustExist: boolean, backgroundCheckpoints: boolean): Database {
  if (file !== ':memory:' && !mustExist) fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SqliteDatabase(file, { fileMustExist: mustExist });
  raw.pragma('journal_mode = WAL');
  // Under WAL, NORMAL loses no committed data on a process crash (only on power loss, the last commits).
  raw.pragma('synchronous = NORMAL');
  // A 32 MB page cache (default: 2 MB) keeps the upper levels of the indexes of large objects in memory;
  // sorts and temporary indexes stay in memory too.
  raw.pragma('cache_size = -32000');
  raw.pragma('temp_store = MEMORY');
  // Checkpoint every 10,000 WAL pages (40 MB; default 1,000): the index pages a stream of inserts keeps
  // rewriting are copied to the database file once per checkpoint, not once per 1,000 pages.
  raw.pragma('wal_autocheckpoint = 10000');
  const checkpointer =
    backgroundCheckpoints && file !== ':memory:' ? startSqliteCheckpointer(file) : undefined;
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const connection = keptStatementsOf(raw);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: connection }) });
  sqliteByAdapter.set(db.getExecutor().adapter, connection);
  const caps: Capabilities = {
    skipLocked: false,
    advisoryLocks: false,
    concurrentWriters: false,
    notify: false,
    writableCte: false,
  };
  capabilitiesByAdapter.set(db.getExecutor().adapter, caps);
  return {
    db,
    dialect: 'sqlite',
    caps,
    transactWrite: groupCommitter(db, (trx) => takeWriteLock(trx, caps)),
    async version() {
      const row = raw.prepare('select sqlite_version() as v').get() as { v: string };
      return `SQLite ${row.v}`;
    },
    async backupTo(target) {
      await raw.backup(target);
    },
    ...(checkpointer ? { checkpointer } : {}),
    async close() {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

const PG_INT8 = 20;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

function openPostgres(url: string, options: OpenDatabaseOptions): Database {
  const parsers: Record<number, (value: string) => unknown> = {
    [PG_INT8]: (v) => Number(v),
    [PG_TIMESTAMPTZ]: (v) => new Date(v).toISOString(),
    [PG_TIMESTAMP]: (v) => new Date(`${v}Z`).toISOString(),
  };
  const connection: pg.ClientConfig = {
    connectionString: url,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  };
  const pool = new pg.Pool({
    ...connection,
    max: options.poolSize ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const caps: Capabilities = {
    skipLocked: true,
    advisoryLocks: true,
    concurrentWriters: true,
    notify: true,
    writableCte: true,
  };
  capabilitiesByAdapter.set(db.getExecutor().adapter, caps);
  // Opened on the first subscription: instances that never listen hold no extra connection.
  const listener = createPgListener({ ...connection, application_name: 'lodestar-listener' });
  return {
    db,
    dialect: 'postgres',
    schema: options.pgSchema ?? 'public',
    caps,
    transactWrite: (work) => db.transaction().execute(work),
    async version() {
      const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db);
      return `PostgreSQL ${rows[0]?.v ?? '?'}`;
    },
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}
