import type { Compilable, CompiledQuery, Kysely, Transaction } from 'kysely';
import { executeCompiled } from './execute-compiled.ts';

/** Compiled statements kept per name and dialect: a hot statement is built and compiled by Kysely once. */
const MAX_STATEMENTS = 500;

/** The SQL of a statement and, for each of its parameters, the index in `params` it takes its value from. */
interface Kept {
  sql: string;
  from: number[];
}
const kept = new Map<string, Kept | null>();

/** Stands in for `params[index]` while a statement is compiled, so its parameters can be traced back. */
class Placeholder {
  constructor(readonly index: number) {}
}

// biome-ignore lint/suspicious/noExplicitAny: platform and record tables alike
type AnyDb = Kysely<any> | Transaction<any>;

/**
 * Runs a statement whose SQL depends only on `name`, with values `params`, and returns its rows. `build`
 * builds the statement from the values it is given (never from the caller's variables directly). The first
 * time per dialect it is built from placeholders and compiled; its SQL is kept with where each parameter
 * comes from, and later calls bind their `params` to it without building anything. A statement whose
 * parameters are not all the given values (a constant bound by Kysely, a value turned into SQL) is built
 * every time. A name stands for one shape: put whatever else changes the SQL (a list's length, an optional
 * clause, a table) into it.
 * @example await cachedQuery(db, 'leadForm.byToken', [token], ([t]) => db.selectFrom('lead_forms').selectAll().where('token', '=', t))
 */
export async function cachedQuery<R, const P extends readonly unknown[]>(
  db: AnyDb,
  name: string,
  params: P,
  build: (params: P) => Compilable<R>,
): Promise<R[]> {
  const key = `${db.getExecutor().adapter.constructor.name}\u0000${name}`;
  let statement = kept.get(key);
  if (statement === undefined) {
    statement = compileTraced(params.length, build as (params: readonly unknown[]) => Compilable<R>);
    if (kept.size >= MAX_STATEMENTS) kept.clear();
    kept.set(key, statement);
  }
  if (statement === null) return (await db.executeQuery<R>(build(params).compile())).rows;
  return executeCompiled<R>(
    db,
    statement.sql,
    statement.from.map((index) => params[index]),
  );
}

function compileTraced(
  count: number,
  build: (params: readonly unknown[]) => Compilable<unknown>,
): Kept | null {
  const placeholders = Array.from({ length: count }, (_, index) => new Placeholder(index));
  let compiled: CompiledQuery;
  try {
    compiled = build(placeholders).compile();
  } catch {
    return null;
  }
  const from = compiled.parameters.map((value) => (value instanceof Placeholder ? value.index : -1));
  return from.includes(-1) ? null : { sql: compiled.sql, from };
}
