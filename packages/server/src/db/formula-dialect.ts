import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from './database.ts';

/**
 * The whole days from `start` to `end`, both `YYYY-MM-DD` text, as a double: the one piece of formula SQL
 * that differs by dialect (SQLite has `julianday`, PostgreSQL subtracts dates).
 */
export function daysBetweenSql(
  dialect: DialectName,
  end: RawBuilder<unknown>,
  start: RawBuilder<unknown>,
): RawBuilder<unknown> {
  if (dialect === 'postgres') {
    return sql`cast(cast(${end} as date) - cast(${start} as date) as double precision)`;
  }
  return sql`cast(julianday(${end}) - julianday(${start}) as double precision)`;
}

/**
 * The Monday (`YYYY-MM-DD`) of the week an instant column falls in, seen `offsetMinutes` east of UTC (the
 * company time zone's offset): reports group by it on both dialects.
 */
export function weekStartSql(
  dialect: DialectName,
  column: RawBuilder<unknown>,
  offsetMinutes: number,
): RawBuilder<string> {
  const offset = Math.trunc(offsetMinutes);
  if (dialect === 'postgres') {
    return sql<string>`to_char(date_trunc('week', (${column} at time zone 'UTC') + make_interval(mins => ${sql.lit(offset)})), 'YYYY-MM-DD')`;
  }
  return sql<string>`date(${column}, ${sql.lit(`${offset >= 0 ? '+' : ''}${offset} minutes`)}, 'weekday 0', '-6 days')`;
}
