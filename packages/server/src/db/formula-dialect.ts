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
