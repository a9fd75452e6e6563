import { type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { ColumnTypes } from '../../db/column-types.ts';
import type { DB } from '../../db/schema.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { setColumnWithHistory } from './column-change.repository.ts';

type AnyDb = Kysely<DB> | Transaction<DB>;

/** Record tables exist only in metadata, so their statements are built on an untyped view. */
// biome-ignore lint/suspicious/noExplicitAny: record tables are known only from metadata
const dynamic = (db: AnyDb) => db as unknown as Kysely<any>;

/** A lookup field pointing at an object: every record of `object` holding an id of it in `column`. */
export interface Reference {
  object: string;
  table: string;
  field: string;
  column: string;
}

/** Every lookup field of every object (custom ones included) whose target is `target`. */
export function referencesTo(snapshot: MetadataSnapshot, target: string): Reference[] {
  return snapshot.objects.flatMap((object) =>
    object.fields
      .filter((field) => field.type === 'lookup' && field.options.target === target)
      .map((field) => ({
        object: object.apiName,
        table: object.tableName,
        field: field.apiName,
        column: field.columnName,
      })),
  );
}

/** How many records (live or in the recycle bin) point at any of `ids` through `reference`. */
export async function countReferences(db: AnyDb, reference: Reference, ids: number[]): Promise<number> {
  const row = await dynamic(db)
    .selectFrom(reference.table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where(reference.column, 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Points every record holding one of `fromIds` in the reference's column at `toId` (null: at nothing), with
 * a field history row each (see `setColumnWithHistory`). `exceptId` leaves one record out. Returns how many
 * records moved.
 */
export async function moveReferences(
  trx: Transaction<DB>,
  reference: Reference,
  move: { fromIds: number[]; toId: number | null; exceptId?: number; actorUserId: number; at: string },
  types: ColumnTypes,
): Promise<number> {
  const where = [sql<SqlBool>`${sql.ref(reference.column)} in (${sql.join(move.fromIds)})`];
  if (move.exceptId !== undefined) where.push(sql<SqlBool>`id <> ${move.exceptId}`);
  return setColumnWithHistory(trx, types, {
    object: reference.object,
    table: reference.table,
    field: reference.field,
    column: reference.column,
    value: move.toId,
    where,
    actorUserId: move.actorUserId,
    at: move.at,
  });
}

/** How many attachments (not files of attachment fields) records of the object have. */
export async function countRecordAttachments(
  db: AnyDb,
  object: string,
  recordIds: number[],
): Promise<number> {
  const row = await db
    .selectFrom('files')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('object', '=', object)
    .where('record_id', 'in', recordIds)
    .where('field', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Moves the attachments of records (not the files of attachment fields) to another record of the object. */
export async function moveRecordAttachments(
  trx: Transaction<DB>,
  object: string,
  fromIds: number[],
  toId: number,
): Promise<number> {
  const result = await trx
    .updateTable('files')
    .set({ record_id: toId })
    .where('object', '=', object)
    .where('record_id', 'in', fromIds)
    .where('field', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
