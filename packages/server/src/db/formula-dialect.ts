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

const DAY_MS = 86_400_000;

/**
 * The number of the week (weeks start on Monday; week 0 is the one of 1970-01-01) an instant column falls in,
 * seen `offsetMinutes` east of UTC (the company time zone's offset), as an integer: arithmetic on the
 * instant, cheap for every row of a grouped report on both dialects (SQLite's date modifiers cost ten times
 * more). `mondayOfWeek` turns it into the week's first day.
 */
export function weekNumberSql(
  dialect: DialectName,
  column: RawBuilder<unknown>,
  offsetMinutes: number,
): RawBuilder<number> {
  // Milliseconds since 1970-01-01 (a Thursday) seen east of UTC, plus three days: from the Monday before.
  const shift = sql.lit(Math.trunc(offsetMinutes) * 60_000 + 3 * DAY_MS);
  const week = sql.lit(7 * DAY_MS);
  if (dialect === 'postgres') {
    return sql<number>`cast(floor((extract(epoch from ${column}) * 1000 + ${shift}) / ${week}) as integer)`;
  }
  // julianday is exact to well under a millisecond: rounded to whole milliseconds, integer division floors.
  return sql<number>`((cast(round((julianday(${column}) - 2440587.5) * 86400000) as integer) + ${shift}) / ${week})`;
}

/** The Monday (`YYYY-MM-DD`) of a week numbered by `weekNumberSql`. */
export function mondayOfWeek(week: number): string {
  return new Date((week * 7 - 3) * DAY_MS).toISOString().slice(0, 10);
}
