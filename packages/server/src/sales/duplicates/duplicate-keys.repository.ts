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

/** Ids read per key at most: far more than a person reads, few enough to stay an index range. */
const IDS_PER_KEY = 200;

/**
 * Records of `table` (object `object`) that share a key with `keys`, within the predicates `where` (the
 * viewer's scope and live rows, on the alias `r`), at most `limit`, those sharing most kinds first, then
 * the newest. Two steps so that each stays an index lookup however large the table: the ids per key from
 * the keys index (newest first), then those records by primary key with the predicates.
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
  const kindsById = new Map<number, MatchKind[]>();
  for (const { kind, key } of query.keys) {
    const ids = await db
      .selectFrom('duplicate_keys')
      .select('record_id')
      .where('object', '=', query.object)
      .where('kind', '=', kind)
      .where('key', '=', key)
      .orderBy('record_id', 'desc')
      .limit(IDS_PER_KEY)
      .execute();
    for (const { record_id } of ids) {
      const id = Number(record_id);
      if (query.excludeIds.includes(id)) continue;
      const kinds = kindsById.get(id) ?? [];
      if (!kinds.includes(kind)) kinds.push(kind);
      kindsById.set(id, kinds);
    }
  }
  if (kindsById.size === 0) return [];
  let q = dynamic(db)
    .selectFrom(`${query.table} as ${RECORD_ALIAS}`)
    .selectAll(RECORD_ALIAS)
    .where(`${RECORD_ALIAS}.id`, 'in', [...kindsById.keys()]);
  for (const predicate of query.where) q = q.where(predicate);
  const rows = (await q.execute()) as RecordRow[];
  return rows
    .map((row) => ({ row, kinds: kindsById.get(Number(row.id)) ?? [] }))
    .sort((a, b) => b.kinds.length - a.kinds.length || Number(b.row.id) - Number(a.row.id))
    .slice(0, query.limit);
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
