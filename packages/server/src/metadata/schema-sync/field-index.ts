import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FieldType } from '../field-types/index.ts';
import { indexNameFor } from '../naming.ts';

/** References: joins, `in` filters and the database's own `on delete set null` look rows up by them. */
const REFERENCE_TYPES: ReadonlySet<string> = new Set<FieldType>(['lookup', 'user']);

/**
 * Ordered values that lists sort and filter by range on. Each gets an index on its column, which serves a
 * sorted page by reading the rows in order until the page is full, and one on (owner, column), which does
 * the same within a rep's own records (data scope as SQL: `owner_id = …`), so a rep's sorted page costs
 * what an admin's does. Choices (select) are left out on purpose: a few values over many rows make a poor
 * index, and SQLite would pick it over the order index and sort every match.
 */
const ORDERED_TYPES: ReadonlySet<string> = new Set<FieldType>([
  'currency',
  'number',
  'percent',
  'date',
  'datetime',
]);

/** The indexes of a field's column: name and columns. */
function fieldIndexes(
  type: string,
  table: string,
  column: string,
): Array<{ name: string; columns: string[] }> {
  if (REFERENCE_TYPES.has(type)) return [{ name: indexNameFor('ix', table, column), columns: [column] }];
  return ORDERED_TYPES.has(type) ? orderedIndexes(table, column) : [];
}

/** The column's own index and the (owner, column) one; a reference has only the first. */
function orderedIndexes(table: string, column: string): Array<{ name: string; columns: string[] }> {
  return [
    { name: indexNameFor('ix', table, column), columns: [column] },
    { name: indexNameFor('ix', table, `owner_id__${column}`), columns: ['owner_id', column] },
  ];
}

/** Creates the indexes of a field of `type` (those that do not exist yet); none for most types. */
export async function createFieldIndexes(
  trx: Transaction<DB>,
  type: string,
  table: string,
  column: string,
): Promise<void> {
  for (const index of fieldIndexes(type, table, column)) {
    await trx.schema.createIndex(index.name).ifNotExists().on(table).columns(index.columns).execute();
  }
}

/**
 * Drops the indexes a field's column may have, whatever its type (SQLite refuses to drop an indexed column).
 */
export async function dropFieldIndexes(trx: Transaction<DB>, table: string, column: string): Promise<void> {
  for (const index of orderedIndexes(table, column)) {
    await trx.schema.dropIndex(index.name).ifExists().execute();
  }
}
