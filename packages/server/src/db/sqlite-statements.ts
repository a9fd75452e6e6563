import type SqliteDatabase from 'better-sqlite3';

/** Prepared statements kept per connection: compiling SQL costs more than running these small queries. */
const STATEMENT_CACHE_SIZE = 500;

/** The parameters with booleans as 0/1 (better-sqlite3 refuses booleans); the same array when it has none. */
function bindable(params: unknown): unknown {
  if (typeof params === 'boolean') return params ? 1 : 0;
  if (!Array.isArray(params)) return params;
  let copy: unknown[] | null = null;
  for (let i = 0; i < params.length; i += 1) {
    const value = params[i];
    if (typeof value !== 'boolean') continue;
    copy ??= params.slice();
    copy[i] = value ? 1 : 0;
  }
  return copy ?? params;
}

/** What Kysely and `executeCompiled` use of a statement: whether it returns rows, and running it. */
export interface KeptStatement {
  readonly reader: boolean;
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): SqliteDatabase.RunResult;
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

/** A statement whose parameters are made bindable first; a plain object, no proxy, on every run. */
function keptStatement(statement: SqliteDatabase.Statement): KeptStatement {
  const args = (params: unknown[]) => (params.length === 1 ? [bindable(params[0])] : params.map(bindable));
  return {
    reader: statement.reader,
    all: (...params) => statement.all(...args(params)),
    get: (...params) => statement.get(...args(params)),
    run: (...params) => statement.run(...args(params)),
    iterate: (...params) => statement.iterate(...args(params)),
  };
}

/**
 * The connection as Kysely's SQLite dialect sees it: better-sqlite3 refuses JS booleans as parameters
 * (SQLite stores them as 0/1), and statements are kept by their SQL text (Kysely prepares on every
 * execution); SQLite recompiles a kept statement by itself when the schema changes. Everything but
 * `prepare` is the connection's own.
 */
export function keptStatementsOf(raw: SqliteDatabase.Database): SqliteDatabase.Database {
  const statements = new Map<string, KeptStatement>();
  const prepare = (source: string): KeptStatement => {
    const kept = statements.get(source);
    if (kept) return kept;
    const statement = keptStatement(raw.prepare(source));
    if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
    statements.set(source, statement);
    return statement;
  };
  return new Proxy(raw, {
    get(target, prop, receiver) {
      return prop === 'prepare' ? prepare : Reflect.get(target, prop, receiver);
    },
  });
}
