import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ObjectMeta } from '../../metadata/metadata-model.ts';

/** A column of an object's table by field api name, qualified with alias `x`. */
export function fieldColumn(object: ObjectMeta, field: string) {
  const meta = object.fields.find((f) => f.apiName === field);
  if (!meta) throw new Error(`${object.apiName} has no field ${field}`);
  return sql.ref(`x.${meta.columnName}`);
}

/**
 * Aggregates over the live records of `object` that belong to an account: `count(*)` and the sums of the
 * given currency columns (integer fen, summed exactly by the database), inside the given scope.
 */
export async function aggregateOfAccount(
  db: Kysely<DB>,
  props: {
    object: ObjectMeta;
    accountId: number;
    scope: Expression<SqlBool> | null;
    where?: Expression<SqlBool>;
    sums: string[];
  },
): Promise<{ count: number; sums: bigint[] }> {
  const { object } = props;
  const sums = props.sums.map(
    (field, index) => sql`coalesce(sum(${fieldColumn(object, field)}), 0) as ${sql.ref(`s${index}`)}`,
  );
  const where = [
    sql<SqlBool>`x.deleted_at is null`,
    sql<SqlBool>`${fieldColumn(object, 'account')} = ${props.accountId}`,
    ...(props.scope ? [props.scope] : []),
    ...(props.where ? [props.where] : []),
  ];
  const result = await sql<
    Record<string, unknown>
  >`select count(*) as n${sums.length ? sql`, ${sql.join(sums)}` : sql``} from ${sql.table(object.tableName)} x where ${sql.join(where, sql` and `)}`.execute(
    db,
  );
  const row = result.rows[0] ?? {};
  return {
    count: Number(row.n ?? 0),
    sums: props.sums.map((_, index) => BigInt(String(row[`s${index}`] ?? 0).split('.')[0] ?? '0')),
  };
}

/** The latest value of a datetime field among an account's live records in scope, or null. */
export async function latestOfAccount(
  db: Kysely<DB>,
  props: { object: ObjectMeta; accountId: number; scope: Expression<SqlBool> | null; field: string },
): Promise<string | null> {
  const where = [
    sql<SqlBool>`x.deleted_at is null`,
    sql<SqlBool>`${fieldColumn(props.object, 'account')} = ${props.accountId}`,
    ...(props.scope ? [props.scope] : []),
  ];
  const result = await sql<{
    latest: unknown;
  }>`select max(${fieldColumn(props.object, props.field)}) as latest from ${sql.table(props.object.tableName)} x where ${sql.join(where, sql` and `)}`.execute(
    db,
  );
  const latest = result.rows[0]?.latest;
  return latest == null ? null : new Date(String(latest)).toISOString();
}
