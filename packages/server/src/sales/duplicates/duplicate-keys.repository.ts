import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { insertRows } from '../../db/cached-insert.ts';
import { cachedQuery } from '../../db/cached-query.ts';
import type { DB } from '../../db/schema.ts';
import { RECORD_ALIAS, type RecordRow } from '../../records/record.repository.ts';
import type { MatchKey, MatchKind } from './match-keys.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Record tables exist only in metadata, so joins with them are built on an untyped view. */
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** Replaces the match keys of one record with `keys`; `fresh`: the record was just created and has none. */
export async function replaceRecordKeys(
  trx: Transaction<DB>,
  object: string,
  recordId: number,
  keys: MatchKey[],
  fresh = false,
): Promise<void> {
  if (!fresh) await deleteRecordKeys(trx, object, [recordId]);
  if (keys.length === 0) return;
  await insertRows(
    trx,
    'duplicate_keys',
    keys.map(({ kind, key }) => ({ object, record_id: recordId, kind, key })),
    'none',
  );
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
 * the newest. Two statements so that each stays an index lookup however large the table: the ids per key
 * from the keys index (newest first; one index range per key, in one statement), then those records by
 * primary key with the predicates.
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
  const ids = await selectIdsPerKey(db, query.object, query.keys);
  for (const [part, { kind }] of query.keys.entries()) {
    for (const { part: p, record_id } of ids) {
      if (Number(p) !== part) continue;
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

/** The ids of the records holding each key (its position in `keys` as `part`), newest first, per key at most 200. */
async function selectIdsPerKey(
  db: AnyDb,
  object: string,
  keys: MatchKey[],
): Promise<Array<{ part: number | string; record_id: number }>> {
  if (keys.length === 0) return [];
  return cachedQuery(
    db,
    `duplicateKeys.idsPerKey:${object}:${keys.length}`,
    keys.flatMap(({ kind, key }) => [kind, key]),
    (values) => {
      const parts = keys.map((_, part) => {
        const alias = sql.raw(`k${part}`);
        return sql`select ${sql.lit(part)} as part, ${alias}.record_id from (select record_id from duplicate_keys
          where object = ${sql.lit(object)} and kind = ${values[2 * part]} and ${sql.ref('key')} = ${values[2 * part + 1]}
          order by record_id desc limit ${sql.lit(IDS_PER_KEY)}) as ${alias}`;
      });
      const statement = sql<{
        part: number | string;
        record_id: number;
      }>`${sql.join(parts, sql` union all `)}`;
      return { compile: () => statement.compile(db) };
    },
  );
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
