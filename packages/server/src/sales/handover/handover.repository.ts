import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { runtimeTables as dynamic } from '../../db/runtime-tables.ts';
import type { DB } from '../../db/schema.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Record tables exist only in metadata, so their queries are built on an untyped view. */

/** Which records of an object a handover takes: the live ones a user owns, finished ones left out or not. */
export interface OwnedRecords {
  table: string;
  ownerId: number;
  /** The status column and the values meaning finished; records holding one are left out. */
  excludeClosed?: { column: string; values: readonly string[] } | undefined;
}

/** The predicates selecting `owned` (owner, live, and not finished when asked). */
export function ownedWhere(owned: OwnedRecords): Array<Expression<SqlBool>> {
  const where = [sql<SqlBool>`owner_id = ${owned.ownerId}`, sql<SqlBool>`deleted_at is null`];
  if (owned.excludeClosed) {
    const column = sql.ref(owned.excludeClosed.column);
    where.push(
      sql<SqlBool>`(${column} is null or ${column} not in (${sql.join([...owned.excludeClosed.values])}))`,
    );
  }
  return where;
}

/** How many records `owned` selects (an index range on `owner_id`). */
export async function countOwned(db: AnyDb, owned: OwnedRecords): Promise<number> {
  let query = dynamic(db)
    .selectFrom(owned.table)
    .select((eb) => eb.fn.countAll().as('n'));
  for (const predicate of ownedWhere(owned)) query = query.where(predicate);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user's name and whether they may sign in, or undefined. */
export async function findUserState(
  db: AnyDb,
  userId: number,
): Promise<{ id: number; name: string; status: string } | undefined> {
  return db.selectFrom('users').select(['id', 'name', 'status']).where('id', '=', userId).executeTakeFirst();
}
