import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JsonValue } from '../../metadata/field-types/index.ts';
import { apiValuesOf } from '../../records/record.presenter.ts';
import { RECORD_ALIAS, type RecordRow, selectRecords } from '../../records/record.repository.ts';
import type { RecordContext } from '../../records/record-context.ts';
import { objectTableOn } from './object-table.ts';

/** A live catalogue product as the line items and price lists use it (API values). */
export interface CatalogueProduct {
  id: number;
  name: string;
  code: string | null;
  unit: string | null;
  /** 元, e.g. `"1999.00"`, or null when the product has no list price. */
  listPrice: string | null;
  /** Percent as a number (13), or null. */
  taxRate: number | null;
  active: boolean;
}

/** The live products among `ids`, by id (missing and deleted ones are absent). */
export async function loadCatalogueProducts(
  db: Kysely<DB> | Transaction<DB>,
  productContext: RecordContext,
  ids: readonly number[],
): Promise<Map<number, CatalogueProduct>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await selectRecords(db, {
    table: productContext.object.tableName,
    where: [
      sql<boolean>`${sql.ref(`${RECORD_ALIAS}.id`)} in (${sql.join(unique)})`,
      sql<boolean>`${sql.ref(`${RECORD_ALIAS}.deleted_at`)} is null`,
    ],
  });
  return new Map(rows.map((row) => [Number(row.id), toProduct(productContext, row)]));
}

function toProduct(context: RecordContext, row: RecordRow): CatalogueProduct {
  const values = apiValuesOf(context, row);
  const text = (value: JsonValue | undefined) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    id: Number(row.id),
    name: text(values.name) ?? `#${row.id}`,
    code: text(values.code),
    unit: text(values.unit),
    listPrice: text(values.listPrice),
    taxRate: typeof values.taxRate === 'number' ? values.taxRate : null,
    active: values.active !== false,
  };
}

/** The live default price list (at most one exists), or null; read on `db` (safe inside a transaction). */
export async function defaultPriceListId(db: Kysely<DB> | Transaction<DB>): Promise<number | null> {
  const table = await objectTableOn(db, 'priceList');
  const isDefault = table?.column('isDefault');
  if (!table || !isDefault) return null;
  const rows = await selectRecords(db, {
    table: table.tableName,
    where: [
      sql<boolean>`${sql.ref(`${RECORD_ALIAS}.${isDefault}`)} = ${true}`,
      sql<boolean>`${sql.ref(`${RECORD_ALIAS}.deleted_at`)} is null`,
    ],
    limit: 1,
  });
  return rows[0] ? Number(rows[0].id) : null;
}
