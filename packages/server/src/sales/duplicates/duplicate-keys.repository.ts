import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { RECORD_ALIAS, type RecordRow } from '../../records/record.repository.ts';
import type { MatchKey, MatchKind } from './match-keys.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Record tables exist only in metadata, so joins with them are built on an untyped view. */
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** Replaces the match keys of one record with `keys`. */
export async function replaceRecordKeys(
  trx: Transaction<DB>,
  object: string,
  recordId: number,
  keys: MatchKey[],
): Promise<void> {
  await deleteRecordKeys(trx, object, [recordId]);
  if (keys.length === 0) return;
  await trx
    .insertInto('duplicate_keys')
    .values(keys.map(({ kind, key }) => ({ object, record_id: recordId, kind, key })))
    .execute();
}

/** Removes the match keys of records (deleted ones are no candidates). */
export async function deleteRecordKeys(
  trx: Transaction<DB>,
  object: string,
  recordIds: number[],
): Promise<void> {
  if (recordIds.length === 0) return;
  await trx
    .deleteFrom('duplicate_keys')
    .where('object', '=', object)
    .where('record_id', 'in', recordIds)
    .execute();
}

/** Inserts the keys of many records at once (a rebuild). */
export async function insertKeys(
  trx: Transaction<DB>,
  rows: Array<{ object: string; record_id: number; kind: string; key: string }>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await trx
      .insertInto('duplicate_keys')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

/** A record sharing at least one key, with the kinds it shares. */
export interface KeyMatch {
  row: RecordRow;
  kinds: MatchKind[];
}

/**
 * Records of `table` (object `object`) that share a key with `keys`, within the predicates `where` (the
 * viewer's scope and live rows, on the alias `r`), newest first, at most `limit` records. One index range
 * per key, joined to the record by id.
 */
export async function selectKeyMatches(
  db: AnyDb,
  query: {
    object: string;
    table: string;
    keys: MatchKey[];
    where: Array<Expression<SqlBool>>;
    excludeIds: number[];
    limit: number;
  },
): Promise<KeyMatch[]> {
  if (query.keys.length === 0) return [];
  let q = dynamic(db)
    .selectFrom('duplicate_keys as dk')
    .innerJoin(`${query.table} as ${RECORD_ALIAS}`, `${RECORD_ALIAS}.id`, 'dk.record_id')
    .selectAll(RECORD_ALIAS)
    .select('dk.kind as match_kind')
    .where('dk.object', '=', query.object)
    .where((eb) =>
      eb.or(query.keys.map(({ kind, key }) => eb.and([eb('dk.kind', '=', kind), eb('dk.key', '=', key)]))),
    );
  for (const predicate of query.where) q = q.where(predicate);
  if (query.excludeIds.length > 0) q = q.where(`${RECORD_ALIAS}.id`, 'not in', query.excludeIds);
  // Each record comes once per shared key: enough rows for `limit` records matching on every kind.
  const rows = (await q
    .orderBy(`${RECORD_ALIAS}.id`, 'desc')
    .limit(query.limit * query.keys.length)
    .execute()) as Array<RecordRow & { match_kind: MatchKind }>;
  const byId = new Map<number, KeyMatch>();
  for (const { match_kind, ...row } of rows) {
    const id = Number(row.id);
    const match = byId.get(id) ?? { row: row as RecordRow, kinds: [] };
    if (!match.kinds.includes(match_kind)) match.kinds.push(match_kind);
    byId.set(id, match);
  }
  return [...byId.values()].slice(0, query.limit);
}

/** Ids of records of `object` from `afterId` on, in id order, with the given columns (for a rebuild). */
export async function selectRecordBatch(
  db: AnyDb,
  table: string,
  columns: string[],
  afterId: number,
  limit: number,
): Promise<RecordRow[]> {
  return (await dynamic(db)
    .selectFrom(table)
    .select(['id', ...columns])
    .where('id', '>', afterId)
    .where(sql.ref('deleted_at'), 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute()) as RecordRow[];
}

/** Removes the keys of `object`'s records with ids in (afterId, throughId]. */
export async function deleteKeysInRange(
  trx: Transaction<DB>,
  object: string,
  afterId: number,
  throughId: number,
): Promise<void> {
  await trx
    .deleteFrom('duplicate_keys')
    .where('object', '=', object)
    .where('record_id', '>', afterId)
    .where('record_id', '<=', throughId)
    .execute();
}
